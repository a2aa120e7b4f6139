#!/usr/bin/env node
// `npm ci` insists that every optional platform package (esbuild for macOS, sass for Windows…)
// has an entry in package-lock.json. A registry mirror that serves only Linux builds leaves
// them out when the lock file is written, and `npm ci` then refuses the lock file. This adds the
// missing entries, marked optional with their os/cpu, so that every platform installs only
// what fits it. Run after `npm install` changes the lock file: `node tools/complete-lockfile.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const lockPath = resolve(process.argv[2] ?? 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;
const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPU = [
  'x64',
  'arm64',
  'arm',
  'ia32',
  'riscv64',
  'ppc64',
  'loong64',
  's390x',
  'mips64el',
  'wasm32',
];

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const version = String(range).replace(/^[\^~=]/, '');
    const found = resolveFrom(path, name);
    if (found && (packages[found].version === version || !/^\d+\.\d+\.\d+/.test(version))) continue;
    // Node's resolution: a version that does not fit goes next to the package that needs it.
    const at = found ? `${path ? path + '/' : ''}node_modules/${name}` : `node_modules/${name}`;
    packages[at] = { version, optional: true, ...platformOf(name, version) };
    added += 1;
  }
}

/** The lock key Node would load `name` from when required by the package at `path`. */
function resolveFrom(path, name) {
  let dir = path;
  for (;;) {
    const key = `${dir ? dir + '/' : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return null;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`);

/** The registry's own os/cpu/libc when it has the package; otherwise read from the name. */
function platformOf(name, version) {
  try {
    const raw = execFileSync('npm', ['view', `${name}@${version}`, 'os', 'cpu', 'libc', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const info = raw.trim() ? JSON.parse(raw) : {};
    const out = {};
    for (const key of ['os', 'cpu', 'libc']) if (info[key]) out[key] = [].concat(info[key]);
    if (Object.keys(out).length > 0) return out;
  } catch {
    // not on this registry: fall back to the name
  }
  const parts = name.split(/[-/]/);
  const out = {};
  const os = OS.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('windows')));
  const cpu = CPU.find((c) => parts.includes(c)) ?? (parts.includes('x86') ? 'ia32' : undefined);
  if (os) out.os = [os];
  if (cpu) out.cpu = [cpu];
  if (parts.includes('musl')) out.libc = ['musl'];
  if (parts.includes('gnu') || parts.includes('gnueabihf')) out.libc = ['glibc'];
  // Nothing recognisable: keep it off every platform rather than fetch an unknown build.
  if (!os && !cpu) out.os = ['!linux', '!darwin', '!win32'];
  return out;
}
