/** The short "not medical advice" note shown on every article. */
export function Disclaimer() {
  return (
    <p className="disclaimer rounded-md border border-line p-4 text-base">
      <strong>This guide is not medical advice.</strong> It explains what the research says in general. Talk to a doctor
      or skin specialist about your own skin before you decide on any treatment.
    </p>
  );
}
