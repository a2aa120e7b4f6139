export function lifecycle(): string {
  return 'lifecycle';
}
