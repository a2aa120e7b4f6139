import baseConfig, { backend } from '../../../eslint.config.mjs';

export default [...baseConfig, ...backend];
