const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // Unit specs (*.spec.ts) and integration specs against the real services (*.int-spec.ts).
  testMatch: ['**/?(*.)+(spec|int-spec|test).[jt]s?(x)'],
};
