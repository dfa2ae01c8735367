import { DiagramFrame } from './diagram-frame';

/**
 * How PRP is made, in the three steps growth-factors.mdx lists (alves-2018-prp-review): blood
 * from the arm, a spin in a centrifuge, layers. Each layer is named in words, never by shade.
 */
export function PrpPreparationDiagram() {
  return (
    <DiagramFrame
      title="How PRP is made"
      description="Three steps. A small amount of blood is taken from your arm into a tube. The tube is spun in a centrifuge. The blood separates into layers: plasma at the top, a thin platelet-rich layer, and red blood cells at the bottom. The plasma and the platelet-rich layer are taken off to make PRP."
      caption="A small tube of your blood is spun until it separates into layers, and the plasma with the most platelets is taken off to make PRP."
      width={640}
      height={560}
    >
      <g fill="none" stroke="currentColor" strokeWidth={3}>
        <path d="M50 20v80a15 15 0 0 0 30 0V20M200 325v185a30 30 0 0 0 60 0V325M190 340h-10v104h10M268 385h20m-20 52h20m-20 58h20" />
        <circle cx={65} cy={200} r={50} />
        <path d="M65 170a30 30 0 1 1-30 30" />
      </g>
      <path d="M50 45v55a15 15 0 0 0 30 0V45z" fillOpacity={0.5} />
      <path d="M27 206h16l-8-14z" />
      <rect x={200} y={340} width={60} height={90} fillOpacity={0.1} />
      <rect x={200} y={430} width={60} height={14} fillOpacity={0.45} />
      <path d="M200 444v66a30 30 0 0 0 60 0v-66z" fillOpacity={0.7} />
      <text x={120} y={55}>
        1. A small amount of blood
      </text>
      <text x={120} y={87}>
        is taken from your arm.
      </text>
      <text x={120} y={190}>
        2. The tube is spun very fast
      </text>
      <text x={120} y={222}>
        in a centrifuge.
      </text>
      <text x={20} y={300}>
        3. The blood separates into layers.
      </text>
      <text x={296} y={393}>
        Plasma (clear, yellow)
      </text>
      <text x={296} y={445}>
        Platelet-rich layer
      </text>
      <text x={296} y={503}>
        Red blood cells
      </text>
      <text x={170} y={385} textAnchor="end">
        Taken off
      </text>
      <text x={170} y={413} textAnchor="end">
        to make PRP
      </text>
    </DiagramFrame>
  );
}
