import { matchEnd, matchStart } from '../public-repo.js';

/** A search snippet with its matches marked: the text stays text (escaped by the renderer), only the marks become <mark>. */
export function Snippet(props: { text: string }) {
  const parts = props.text.split(matchStart);
  return (
    <p class="snippet">
      {parts.map((part, i) => {
        if (i === 0) return part;
        const [marked = '', rest = ''] = part.split(matchEnd);
        return (
          <>
            <mark>{marked}</mark>
            {rest}
          </>
        );
      })}
    </p>
  );
}
