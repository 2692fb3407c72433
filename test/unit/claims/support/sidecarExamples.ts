// Sidecar texts shared by the YAML tests.

/** The documented example, with comments and unknown keys at every level, claims out of order. */
export const EXAMPLE_SIDECAR = `# Claims for report.txt: reviewed by the politics desk
version: 1
source: report.txt
x-desk: politics   # unknown top-level key
claims:
  # the headline figure
  - id: c7f3a1        # stable short id
    quote: "26 nations signed the declaration"
    prefix: "said on Tuesday that "
    suffix: " in Paris, a figure "
    start: 1032       # a hint only
    end: 1065
    verdict: disputed
    note: "Other sources say 35."
    evidence:
      - source: other.txt
        quote: "35 countries"
        prefix: "signed by "
        suffix: " on Tuesday"
        stance: contradicts      # supports | contradicts | context
        x-checked-by: Ana
    author: Jane Doe
    created: 2026-03-12T10:00:00Z
    updated: 2026-03-12T10:00:00Z
    resolved: false
    x-priority: high
    replies:
      - author: Sam
        body: "Checked with the agency."
        time: 2026-03-12T11:00:00Z
        x-via: phone

  # written by hand, without context
  - id: a1b2c3
    quote: signed the declaration
    resolved: true
`;
