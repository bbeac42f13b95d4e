// The ticket form: summary, details, and "who is affected" / "how badly" in plain words, which
// set impact and urgency. Presentational: the value comes in, changes go out through onInput.
import type { Impact, Urgency } from '@tierdesk/core/model/enums';
import type { Strings } from './strings';

export interface TicketFormValue {
  summary: string;
  description: string;
  impact: Impact;
  urgency: Urgency;
}

export interface TicketFormProps {
  value: TicketFormValue;
  onInput: (patch: Partial<TicketFormValue>) => void;
  strings: Strings;
  /** Field problems to show, e.g. `{ summary: 'Write at least 3 characters' }`. */
  errors?: Partial<Record<'summary' | 'description', string>>;
  /** Prefix for element ids, unique per page. */
  idPrefix?: string;
}

export function TicketForm({
  value,
  onInput,
  strings,
  errors = {},
  idPrefix = 'td',
}: TicketFormProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="td-form">
      <div class="td-field">
        <label for={id('summary')}>{strings.summary}</label>
        <input
          id={id('summary')}
          name="summary"
          type="text"
          maxLength={200}
          required
          autoComplete="off"
          value={value.summary}
          aria-invalid={errors.summary ? 'true' : undefined}
          aria-describedby={`${id('summary-hint')}${errors.summary ? ` ${id('summary-error')}` : ''}`}
          onInput={(e) => onInput({ summary: e.currentTarget.value })}
        />
        <p class="td-hint" id={id('summary-hint')}>
          {strings.summaryHint}
        </p>
        {errors.summary && (
          <p class="td-error" id={id('summary-error')}>
            {errors.summary}
          </p>
        )}
      </div>
      <div class="td-field">
        <label for={id('description')}>{strings.description}</label>
        <textarea
          id={id('description')}
          name="description"
          rows={4}
          maxLength={10_000}
          value={value.description}
          aria-describedby={id('description-hint')}
          onInput={(e) => onInput({ description: e.currentTarget.value })}
        />
        <p class="td-hint" id={id('description-hint')}>
          {strings.descriptionHint}
        </p>
      </div>
      <Choice
        name={id('impact')}
        legend={strings.whoAffected}
        // The strings list every level in core's order; importing core's arrays would drag its
        // zod schemas into the widget's dialog file.
        options={Object.keys(strings.impact) as Impact[]}
        labels={strings.impact}
        selected={value.impact}
        onSelect={(impact) => onInput({ impact })}
      />
      <Choice
        name={id('urgency')}
        legend={strings.howBadly}
        options={Object.keys(strings.urgency) as Urgency[]}
        labels={strings.urgency}
        selected={value.urgency}
        onSelect={(urgency) => onInput({ urgency })}
      />
    </div>
  );
}

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  selected: T;
  onSelect: (value: T) => void;
}

/** A radio group: native radios give arrow-key selection and screen-reader grouping for free. */
function Choice<T extends string>({
  name,
  legend,
  options,
  labels,
  selected,
  onSelect,
}: ChoiceProps<T>) {
  return (
    <fieldset class="td-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class="td-option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === selected}
            onChange={() => onSelect(option)}
          />
          <span>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
