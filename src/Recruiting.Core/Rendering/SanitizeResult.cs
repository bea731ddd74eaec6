namespace Recruiting.Core.Rendering;

/// <summary>Safe HTML, and what the sanitizer took out of the input to get there.</summary>
public sealed record SanitizeResult(string Html, IReadOnlyList<RemovedMarkup> Removed);

/// <summary>One thing the sanitizer removed. <see cref="Markup"/> names it the way an editor would search for it (e.g. "&lt;script&gt;", "onclick").
/// The lint's removed-html check says it in a sentence per <see cref="RemovalReason"/>.</summary>
public sealed record RemovedMarkup(RemovalReason Reason, string Markup, string Element);

public enum RemovalReason
{
    /// <summary>Active or embedding content (script, iframe, form, svg…), removed with its content.</summary>
    DangerousElement,
    /// <summary>A tag outside the allow-list that is harmless in itself: the tag goes, its text stays.</summary>
    UnknownElement,
    EventHandler,
    StyleAttribute,
    /// <summary>A javascript:, vbscript:, data: or otherwise not allowed URL in href or src.</summary>
    UnsafeUrl,
    DisallowedAttribute,
}
