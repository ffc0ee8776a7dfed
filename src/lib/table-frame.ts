/** What a table's frame says when the table is wider than the page (components/TableFrame.astro). */
export const TABLE_FRAME_CUE = 'Scroll sideways for more columns →';
