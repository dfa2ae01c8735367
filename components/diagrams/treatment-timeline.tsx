import { DiagramFrame } from './diagram-frame';

/**
 * A course of treatment as the trials the site cites ran it: 3 or 4 sessions about a month apart
 * (asif-2016-splitface, chawla-2014-splitface) and results judged about 3 months after the last
 * session (kaur-2024-striae, mfr-prp-melasma-2026-rct), as before-and-after.mdx says. The fourth
 * session is dashed and the words say "3 or 4", so the optional session is not shown by line style
 * alone. The gaps are not to scale.
 */
export function TreatmentTimelineDiagram() {
  return (
    <DiagramFrame
      title="A course of treatment over time"
      description="A time line. Three or four sessions, about a month apart, are followed by a longer gap. The result is judged about 3 months after the last session."
      caption="In two acne-scar trials, people had 3 or 4 sessions about a month apart, and two other trials judged the result about 3 months after the last session."
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
          about 3 months after
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
