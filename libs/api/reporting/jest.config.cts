module.exports = {
  displayName: 'api-reporting',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // Integration specs create a database and run every migration first.
  testTimeout: 60_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/reporting',
};
