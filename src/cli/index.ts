import packageJson from '../../package.json';
import { main } from './main';

const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }, packageJson.version);
process.exitCode = code;
