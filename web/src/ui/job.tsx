// The frame of every job: its heading (which names the section) and a sentence on what it is for.
import type { ComponentChildren } from 'preact';

export function Job({ title, intro, children }: { title: string; intro: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby="job-title">
      <h2 id="job-title">{title}</h2>
      <p>{intro}</p>
      {children}
    </section>
  );
}
