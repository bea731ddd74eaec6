using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

/// <summary>What an editor, an API client or the importer submits for a posting.</summary>
public sealed record PostingInput(string Language, string Slug, string TranslationKey, PostingContent Content);
