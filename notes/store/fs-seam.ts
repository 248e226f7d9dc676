// The few file-system calls the store makes, behind one small interface, so
// tests can make a write fail half-way (disk full, permission denied) — as
// root, chmod does not stop writes, so a read-only folder cannot simulate it.
import { promises as fsp, type Stats } from 'node:fs';

export interface StoreFile {
  write(bytes: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  readFile(): Promise<Buffer>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  stat(): Promise<Stats>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreFs {
  open(file: string, flags: string, mode?: number): Promise<StoreFile>;
  readFile(file: string): Promise<Buffer>;
  stat(file: string): Promise<Stats>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(file: string): Promise<void>;
  copyFile(from: string, to: string, mode: number): Promise<void>;
  readdir(folder: string): Promise<string[]>;
  realpath(file: string): Promise<string>;
  readlink(file: string): Promise<string>;
}

export const nodeFs: StoreFs = {
  open: (file, flags, mode) => fsp.open(file, flags, mode),
  readFile: (file) => fsp.readFile(file),
  stat: (file) => fsp.stat(file),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (file) => fsp.unlink(file),
  copyFile: (from, to, mode) => fsp.copyFile(from, to, mode),
  readdir: (folder) => fsp.readdir(folder),
  realpath: (file) => fsp.realpath(file),
  readlink: (file) => fsp.readlink(file),
};
