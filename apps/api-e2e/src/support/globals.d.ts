import { type ChildProcess } from 'node:child_process';

declare global {
  var __API__: { process: ChildProcess; databaseName: string } | undefined;
}
