import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { site } from '@/lib/site';

const socialCardSize = { width: 1200, height: 630 };

const fontFile = (weight: 400 | 700) =>
  path.join(process.cwd(), `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);

/**
 * A 1200×630 card with the page title, rendered at build. The font ships with the project because
 * next/og would otherwise fetch missing glyphs from the network, which this build cannot reach.
 */
export async function socialCard(title: string, kicker: string): Promise<ImageResponse> {
  const [regular, bold] = await Promise.all([fs.readFile(fontFile(400)), fs.readFile(fontFile(700))]);
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#0c4a6e',
        color: '#ffffff',
        fontFamily: 'Source Sans 3',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, color: '#bae6fd' }}>{kicker}</div>
      <div style={{ display: 'flex', fontSize: 76, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 32 }}>{site.name}</div>
    </div>,
    {
      ...socialCardSize,
      fonts: [
        { name: 'Source Sans 3', data: regular, weight: 400, style: 'normal' },
        { name: 'Source Sans 3', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
