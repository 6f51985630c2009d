/** Every input and output that action.yml declares; a test keeps the two in step. */
export const ACTION_INPUTS = ['config', 'github-token', 'publish', 'fail-on-gates', 'output-dir', 'working-directory', 'pr-token', 'model-size-warning-mb'] as const;
export type ActionInput = (typeof ACTION_INPUTS)[number];

export const ACTION_OUTPUTS = ['passed', 'metrics-json', 'metrics-path', 'model-path', 'model-card-path', 'cost-usd', 'promotion', 'pull-request-url'] as const;
export type ActionOutput = (typeof ACTION_OUTPUTS)[number];

export { PUBLISH_MODES, type PublishMode } from '../app/publish/publish-plan';
