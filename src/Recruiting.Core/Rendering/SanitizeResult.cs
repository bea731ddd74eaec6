namespace Recruiting.Core.Rendering;

/// <summary>Safe HTML, and what the sanitizer took out of the input to get there.</summary>
public sealed record SanitizeResult(string Html, IReadOnlyList<RemovedMarkup> Removed);

/// <summary>
/// Safe HTML, what the sanitizer took out with where its element starts in the input, and each element a tag wrote
/// (<see cref="SafeHtmlSanitizer.SanitizeLocated"/>).
/// </summary>
public sealed record LocatedSanitizeResult(string Html, IReadOnlyList<LocatedRemoval> Removed, IReadOnlyList<LocatedElement> Elements);

/// <summary>A removal, and the offset in the input of its element's start tag (-1 for an element no tag wrote).</summary>
public sealed record LocatedRemoval(RemovedMarkup Removed, int At);

/// <summary>
/// An element a tag wrote, at <see cref="At"/> in the input, parsed inside the written element at <see cref="InsideAt"/>
/// (-1: inside none; <see cref="OutsideThePage"/>: in a template's content, out of the page's tree).
/// </summary>
public readonly record struct LocatedElement(int At, int InsideAt)
{
    public const int OutsideThePage = -2;
}

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
