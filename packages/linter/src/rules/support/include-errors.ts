// The report of an include error, by its code (each code is the id of the builtin rule reporting it).
import type { IncludeError } from '@dhcplint/parser';
import type { ReportInput, SourceFile } from '../../types.js';
import { includeCycleReport } from '../include-cycle.js';
import { includeDepthReport } from '../include-depth.js';
import { includeMissingReport } from '../include-missing.js';
import { readRefusedIncludeReport } from '../read-refused.js';

const BUILDERS: Record<IncludeError['code'], (file: SourceFile, error: IncludeError) => ReportInput> = {
  'include-missing': includeMissingReport,
  'include-cycle': includeCycleReport,
  'include-depth': includeDepthReport,
  'read-refused': readRefusedIncludeReport,
};

export const includeErrorReport = (file: SourceFile, error: IncludeError): ReportInput =>
  BUILDERS[error.code](file, error);
