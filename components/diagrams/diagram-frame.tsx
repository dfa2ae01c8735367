import { useId, type ReactNode } from 'react';

export type DiagramFrameProps = {
  /** The accessible name: a few words. */
  title: string;
  /** What the picture shows, for people who cannot see it: one or two plain sentences. */
  description: string;
  /** The visible caption under the picture: one plain sentence; none where the text beside it says the same. */
  caption?: string;
  width: number;
  height: number;
  /** Tailwind max-width class: how wide the picture may grow on a desktop. */
  maxWidth?: string;
  children: ReactNode;
};

/**
 * The shared shell of every diagram: a figure with an inline SVG named by its own title and
 * description, and a visible caption. Shapes and words are drawn in currentColor, so a diagram
 * follows the text colour in light and dark themes and prints black. Text is 24 units high, so it
 * stays at least 12 px when a 640-unit-wide picture shrinks to a 320 px screen. No outer margin:
 * the article's spacing places the figure.
 */
export function DiagramFrame({
  title,
  description,
  caption,
  width,
  height,
  maxWidth = 'max-w-xl',
  children,
}: DiagramFrameProps) {
  // React's ids contain punctuation (« » or :) that breaks CSS selectors and some tools reading
  // aria-labelledby; letters, digits, _ and - are safe everywhere and stay unique per page.
  const id = `dg${useId().replace(/[^\w-]/g, '')}`;
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`0 0 ${width} ${height}`}
        className={`block h-auto w-full ${maxWidth}`}
        fill="currentColor"
        fontSize={24}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {children}
      </svg>
      {caption && <figcaption className="mt-2 text-base">{caption}</figcaption>}
    </figure>
  );
}
