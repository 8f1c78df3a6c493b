import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & {
  value: number;
  /** The number read from what is typed; an empty box reads as `empty`. */
  onValue: (value: number) => void;
  empty?: number;
};

/**
 * A number box that keeps the text being typed ("2." on the way to "2.5", "-" before "-1") and reports
 * the number it reads. A box given only the number would be rewritten to "2" after the dot (the
 * renderer puts the value back whenever it differs from the text shown).
 */
export function NumberInput({ value, onValue, empty = 0, ...input }: Props) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    setText((shown) => (read(shown, empty) === value ? shown : String(value)));
  }, [value, empty]);
  return (
    <input {...input} type="number" value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValue(read(e.target.value, empty));
      }} />
  );
}

function read(text: string, empty: number): number {
  return text.trim() === '' ? empty : Number(text);
}
