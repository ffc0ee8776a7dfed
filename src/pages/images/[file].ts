/**
 * The images write-ups show, published once per content digest at /images/<digest>.<type>. Only
 * images of published write-ups are listed, each read from inside the library folder.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImagePaths } from '../../data/pages';
import { libraryDir } from '../../lib/library-files';
import { readLibraryImage } from '../../lib/write-up/image-files';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif' };

export const getStaticPaths = (() => getImagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const bytes = readLibraryImage(libraryDir(), (props as { libraryPath: string }).libraryPath);
  if (!bytes) return new Response(null, { status: 404 });
  const type = TYPES[String(params.file).split('.').at(-1) ?? ''] ?? 'application/octet-stream';
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': type } });
};
