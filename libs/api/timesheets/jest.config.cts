module.exports = {
  displayName: 'api-timesheets',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // Integration specs create a database and run the migrations; the machine is shared.
  testTimeout: 60_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/timesheets',
};
