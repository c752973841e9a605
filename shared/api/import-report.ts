export interface RowError {
  /** 1-based line in the source file (a CSV header is line 1). */
  line?: number;
  /** The file, for multi-file imports such as Backstage. */
  file?: string;
  /** Where in a JSON document, e.g. services[3].tier. */
  path?: string;
  message: string;
}

export interface ImportReport {
  kind: 'services-csv' | 'dependencies-csv' | 'backstage' | 'workspace-json' | 'ics';
  created: Record<string, number>;
  updated: Record<string, number>;
  /** Services named by a dependency source but absent from the catalog, created as unclassified. */
  unclassifiedCreated: string[];
  warnings: string[];
}

/** Details of an IMPORT_REJECTED error: every bad row, nothing written. */
export interface ImportRejection {
  kind: ImportReport['kind'];
  errors: RowError[];
}
