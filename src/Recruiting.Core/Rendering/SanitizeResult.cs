namespace Recruiting.Core.Rendering;

/// <summary>Safe HTML, and what the sanitizer took out of the input to get there.</summary>
public sealed record SanitizeResult(string Html, IReadOnlyList<RemovedMarkup> Removed);

/// <summary>One thing the sanitizer removed. <see cref="Markup"/> names it the way an editor would search for it (e.g. "&lt;script&gt;", "onclick").</summary>
public sealed record RemovedMarkup(RemovalReason Reason, string Markup, string Element)
{
    public string Describe() => Reason switch
    {
        RemovalReason.DangerousElement => $"the <{Element}> element and everything inside it",
        RemovalReason.UnknownElement => $"the <{Element}> tag (its text is kept)",
        RemovalReason.EventHandler => $"the {Markup} event handler on <{Element}>",
        RemovalReason.StyleAttribute => $"the style attribute on <{Element}>",
        RemovalReason.UnsafeUrl => $"the unsafe link {Markup} on <{Element}>",
        _ => $"the {Markup} attribute on <{Element}>",
    };
}

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
