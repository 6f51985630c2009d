import packageJson from '../../package.json';
import { runAction } from './main';

process.exitCode = await runAction(packageJson.version);
