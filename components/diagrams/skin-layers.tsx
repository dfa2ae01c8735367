import { DiagramFrame } from './diagram-frame';

/**
 * A cross-section of skin with the shortest and longest usual needle lengths (0.5 and 1.5 mm,
 * hou-2017-mn-review, as collagen.mdx states) drawn to the same scale as each other, and new
 * collagen in the dermis (alster-2018-mn-guide). Layer thickness is not to scale: the sources
 * give no figure for it.
 */
export function SkinLayersDiagram() {
  return (
    <DiagramFrame
      title="Microneedles in the skin"
      description="A cross-section of skin. Two needles, 0.5 mm and 1.5 mm long, pass through the epidermis, the thin top layer, into the dermis below. Wavy lines in the dermis show where new collagen forms as the tiny wounds heal."
      caption="The needles, usually 0.5 to 1.5 mm long, go through the top layer of skin into the dermis, where new collagen forms as the wounds heal."
      width={640}
      height={430}
    >
      <rect y={90} width={640} height={340} fillOpacity={0.08} />
      <rect y={90} width={640} height={40} fillOpacity={0.2} />
      <path
        d="M0 90H640M0 130H640M438 90v90m-6-90h12m-12 90h12M552 90v270m-6-270h12m-12 270h12"
        stroke="currentColor"
        strokeWidth={2}
      />
      <path d="M414 20h12l-6 160zM564 20h12l-6 340z" />
      <path
        d="M460 215q12-10 24 0t24 0t24 0M460 250q12-10 24 0t24 0t24 0M460 285q12-10 24 0t24 0t24 0M460 320q12-10 24 0t24 0t24 0M268 256H450"
        fill="none"
        stroke="currentColor"
        strokeWidth={2.5}
      />
      <text x={404} y={48} textAnchor="end">
        Needles
      </text>
      <text x={20} y={119}>
        Epidermis (top layer)
      </text>
      <text x={20} y={175}>
        Dermis
      </text>
      <text x={20} y={262}>
        New collagen forms
      </text>
      <text x={20} y={292}>
        as the wounds heal
      </text>
      <text x={446} y={150}>
        0.5 mm
      </text>
      <text x={544} y={352} textAnchor="end">
        1.5 mm
      </text>
    </DiagramFrame>
  );
}
