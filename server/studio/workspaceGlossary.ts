import { parse as parseYaml } from 'yaml'
import { glossarySchema, type Glossary } from '../../shared/schemas/content'
import { readWorkspaceFile, workspacePaths, type Workspace } from './workspace'

/** One language's glossary as the workspace has it, or null when it has none (or a broken one: content:check says so). */
export function readWorkspaceGlossary(workspace: Workspace, locale: string): Glossary | null {
  const yaml = readWorkspaceFile(workspace, workspacePaths.glossary(locale))
  if (yaml === null) return null
  try {
    return glossarySchema.safeParse(parseYaml(yaml)).data ?? null
  }
  catch {
    return null
  }
}
