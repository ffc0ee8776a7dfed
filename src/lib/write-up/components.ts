/**
 * The components a write-up may use, rendered statically into plain elements by the write-up
 * renderer: nothing is imported, and nothing of them runs in the build or the reader's browser.
 * Their documentation (README, template) is generated from these definitions.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatMoment } from '../format';

export interface ComponentAttribute {
  name: string;
  required: boolean;
  doc: string;
}

export interface WriteUpComponent {
  name: string;
  /** One sentence for the README and the template. */
  summary: string;
  attributes: ComponentAttribute[];
  /** Whether it wraps content (the quoted message) or stands alone. */
  hasChildren: boolean;
  example: string;
  /** Problems with attribute values beyond presence; messages name the attribute. */
  checkValues?(attributes: Readonly<Record<string, string>>): string[];
  render(attributes: Readonly<Record<string, string>>, children: ElementContent[], context: RenderContext): Element;
}

export interface RenderContext {
  /** The library's display time zone (settings.timeZone). */
  timeZone: string;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const figure: WriteUpComponent = {
  name: 'Figure',
  summary: 'An image stored beside the write-up, with alt text and a caption saying what it shows.',
  attributes: [
    { name: 'src', required: true, doc: 'The image file, relative to the write-up (png, jpg, jpeg, gif, webp or avif).' },
    { name: 'alt', required: true, doc: 'What the image shows, for readers who cannot see it.' },
    { name: 'caption', required: true, doc: 'One sentence under the image: what to notice in it.' },
  ],
  hasChildren: false,
  example: '<Figure src="./queue-depth.png" alt="Queue depth rising from 0 to 41,000 between 16:47 and 17:20" caption="The queue grew for 33 minutes before the first alert." />',
  render: (attributes) =>
    h('figure', { className: ['write-up-figure'] }, [
      // Without a written src there is no image to show (the checks say what is missing).
      ...(attributes.src ? [h('img', { src: attributes.src, alt: attributes.alt ?? '' })] : []),
      h('figcaption', attributes.caption ?? ''),
    ]),
};

const channelQuote: WriteUpComponent = {
  name: 'ChannelQuote',
  summary: 'A message quoted as it was written in the incident channel, with its time. Quotes are not checked for blameless language, so they can stay verbatim.',
  attributes: [
    { name: 'at', required: true, doc: 'When it was posted: ISO 8601 with a UTC offset, like 2024-03-05T17:02:00-05:00.' },
    { name: 'from', required: false, doc: 'Who posted it, by role ("on-call engineer"), not by name.' },
    { name: 'channel', required: false, doc: 'Where it was posted, like #inc-billing.' },
  ],
  hasChildren: true,
  example: '<ChannelQuote at="2024-03-05T17:02:00-05:00" from="on-call engineer" channel="#inc-allergens">\n  Reconciliation is reporting zero mismatches, which is odd for a Tuesday.\n</ChannelQuote>',
  checkValues: (attributes) =>
    attributes.at !== undefined && !(ISO_WITH_OFFSET.test(attributes.at) && !Number.isNaN(Date.parse(attributes.at)))
      ? [`\`at\` is "${attributes.at}": write the moment as ISO 8601 with a UTC offset, like 2024-03-05T17:02:00-05:00.`]
      : [],
  render(attributes, children, context) {
    const at = attributes.at ?? '';
    const moment = ISO_WITH_OFFSET.test(at) && !Number.isNaN(Date.parse(at)) ? formatMoment(at, context.timeZone) : undefined;
    const caption: ElementContent[] = [];
    if (attributes.from) caption.push(h('span', { className: ['channel-quote__from'] }, attributes.from), { type: 'text', value: ', ' });
    caption.push(h('time', { dateTime: at }, moment ? `${moment.day}, ${moment.time} ${moment.zone}` : at));
    if (attributes.channel) caption.push({ type: 'text', value: ' in ' }, h('span', { className: ['channel-quote__channel'] }, attributes.channel));
    return h('figure', { className: ['channel-quote'] }, [h('blockquote', children), h('figcaption', caption)]);
  },
};

export const WRITE_UP_COMPONENTS: ReadonlyMap<string, WriteUpComponent> = new Map([figure, channelQuote].map((component) => [component.name, component]));
