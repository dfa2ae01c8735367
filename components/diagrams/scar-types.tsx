import type { MdxProps, ScarType } from '@/lib/content/component-props';
import { DiagramFrame } from './diagram-frame';

type Scar = {
  name: string;
  /** Two short lines under the drawing, in the NHS's plain words (acne-scar-options.md, section B). */
  lines: [string, string];
  /** The skin in cross-section, 200 units wide, surface at y = 60, with the scar cut into it. */
  d: string;
  /** What the picture shows, for the single-type diagram. */
  description: string;
};

/** The three types of atrophic acne scar in Jacob and colleagues' 2001 classification. */
const scars: Record<ScarType, Scar> = {
  'ice-pick': {
    name: 'Ice-pick',
    lines: ['Small, deep', 'hole'],
    d: 'M0 60h86l14 110 14-110h86v140H0z',
    description: 'A cross-section of skin with an ice-pick scar: a small, deep hole, drawn as a narrow V.',
  },
  boxcar: {
    name: 'Boxcar',
    lines: ['Round or oval', 'crater'],
    d: 'M0 60h45l7 60q48 8 96 0l7-60h45v140H0z',
    description:
      'A cross-section of skin with a boxcar scar: a round or oval crater, drawn as a wide dip with steep sides.',
  },
  rolling: {
    name: 'Rolling',
    lines: ['Wavy surface', 'from bands below'],
    d: 'M0 60c20 0 30 30 50 30s30-30 50-30 30 30 50 30 30-30 50-30v140H0z',
    description: 'A cross-section of skin with a rolling scar: bands under the skin make the surface wavy.',
  },
};

/** One scar type in a 200 by 290 box: its name, the skin cut in cross-section, two plain lines. */
function ScarPanel({ type, x }: { type: ScarType; x: number }) {
  const scar = scars[type];
  return (
    <g transform={`translate(${x} 0)`} textAnchor="middle">
      <text x={100} y={30} fontWeight={600}>
        {scar.name}
      </text>
      <path d={scar.d} fillOpacity={0.15} stroke="currentColor" strokeWidth={3} />
      {type === 'rolling' && <path d="M50 90v80m100-80v80" stroke="currentColor" strokeWidth={2} />}
      <text x={100} y={240}>
        {scar.lines[0]}
      </text>
      <text x={100} y={268}>
        {scar.lines[1]}
      </text>
    </g>
  );
}

/** Ice-pick, boxcar and rolling acne scars side by side, for /scars. */
export function ScarTypesDiagram() {
  return (
    <DiagramFrame
      title="Three types of acne scar"
      description="Cross-sections of skin showing three types of acne scar side by side. An ice-pick scar is a small, deep hole. A boxcar scar is a round or oval crater, drawn with steep sides. In a rolling scar, bands under the skin make the surface wavy."
      caption="Most acne scars sit below the skin around them, and doctors often sort them into these three types by shape."
      width={640}
      height={290}
    >
      <ScarPanel type="ice-pick" x={10} />
      <ScarPanel type="boxcar" x={220} />
      <ScarPanel type="rolling" x={430} />
    </DiagramFrame>
  );
}

export type ScarTypeDiagramProps = MdxProps<'ScarTypeDiagram'> & {
  /** False where the scar type's own heading and sentence sit beside the picture; not for articles. */
  captioned?: boolean;
};

/** One scar type on its own, so a comparison page can show each beside its description. */
export function ScarTypeDiagram({ type, captioned = true }: ScarTypeDiagramProps) {
  const scar = scars[type];
  return (
    <DiagramFrame
      title={`${scar.name} acne scar`}
      description={scar.description}
      caption={captioned ? `${scar.name} scar: ${scar.lines.join(' ').toLowerCase()}.` : undefined}
      width={220}
      height={290}
      maxWidth="max-w-48"
    >
      <ScarPanel type={type} x={10} />
    </DiagramFrame>
  );
}
