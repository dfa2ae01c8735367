import { scarId } from '@/lib/pages/page-ids';
import { scarTypes, type ScarType } from '@/lib/content/component-props';
import type { OptionGrid } from '@/lib/content/option-grid';
import { ScarTypeDiagram } from './diagrams/scar-types';
import type { CiteComponent } from './cite';

export type ScarTypeListProps = { grid: OptionGrid; Cite: CiteComponent };

/** Scar types with a cross-section drawing; a mix of types has none of its own. */
const isDrawn = (id: string): id is ScarType => (scarTypes as readonly string[]).includes(id);

/** "Which scars do I have?": each scar type with a plain sentence and the options that suit it. */
export function ScarTypeList({ grid, Cite }: ScarTypeListProps) {
  const optionName = new Map(grid.options.map((option) => [option.id, option.name]));
  return (
    <ul role="list" className="scar-types not-prose">
      {grid.scarTypes.map((type) => (
        <li key={type.id} id={scarId(type.id)}>
          <h3>{type.name}</h3>
          {isDrawn(type.id) && <ScarTypeDiagram type={type.id} captioned={false} />}
          <p>
            {type.text}
            {type.cite.map((id) => (
              <Cite key={id} id={id} />
            ))}
          </p>
          <p>
            {type.suits.length > 0
              ? `Options that may suit it: ${type.suits.map((id) => optionName.get(id)).join(', ')}.`
              : 'Usually treated with a mix of options, each for its own type of scar.'}
          </p>
        </li>
      ))}
    </ul>
  );
}
