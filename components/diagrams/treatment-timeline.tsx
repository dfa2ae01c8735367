import { DiagramFrame } from './diagram-frame';

/**
 * A course of treatment for acne scars as the studies the site cites ran it: 3 or 4 sessions about
 * a month apart (asif-2016-splitface, chawla-2014-splitface) and results judged 1 to 2 months after
 * the last session (idoj-2024-fco2-vs-mn, mn-asian-skin-2014), as scars.mdx says. It shows when
 * those studies judged, not when a reader must (fact-check 2026-12-07, N14). The fourth
 * session is dashed and the words say "3 or 4", so the optional session is not shown by line style
 * alone. The gaps are not to scale.
 */
export function TreatmentTimelineDiagram() {
  return (
    <DiagramFrame
      title="A course of treatment over time"
      description="A time line. Three or four sessions, about a month apart, are followed by a longer gap. In the studies, the result was judged 1 to 2 months after the last session."
      caption="In acne-scar studies, people had 3 or 4 sessions about a month apart, and the result was judged 1 to 2 months after the last one: about 3 to 5 months in all."
      width={640}
      height={230}
    >
      <path
        d="M50 58V46h270v12M72 110h46m44 0h46m44 0h46m44 0h226M320 140v10h270v-10"
        fill="none"
        stroke="currentColor"
        strokeWidth={3}
      />
      <g fillOpacity={0.15} stroke="currentColor" strokeWidth={3}>
        <circle cx={50} cy={110} r={22} />
        <circle cx={140} cy={110} r={22} />
        <circle cx={230} cy={110} r={22} />
        <circle cx={320} cy={110} r={22} strokeDasharray="6 5" />
      </g>
      <path d="M590 88l22 22-22 22-22-22z" fillOpacity={0.5} stroke="currentColor" strokeWidth={3} />
      <g textAnchor="middle">
        <text x={50} y={118}>
          1
        </text>
        <text x={140} y={118}>
          2
        </text>
        <text x={230} y={118}>
          3
        </text>
        <text x={320} y={118}>
          4
        </text>
        <text x={455} y={185}>
          1 to 2 months after
        </text>
        <text x={455} y={213}>
          the last session
        </text>
      </g>
      <text x={20} y={30}>
        3 or 4 sessions, about a month apart
      </text>
      <text x={630} y={72} textAnchor="end">
        Result judged
      </text>
    </DiagramFrame>
  );
}
