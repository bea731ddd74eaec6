namespace Recruiting.Web.Hosting;

/// <summary>Why the site refused a request before any page saw it; the error page tells the user.</summary>
public enum RequestRefusal
{
    /// <summary>The form holds something the form reader refuses: an encoded NUL, too many fields, a field too long.</summary>
    UnreadableForm,
    /// <summary>The body is larger than the address accepts.</summary>
    TooLarge,
}

/// <summary>The refusal of the current request, kept as a feature for the re-executed error page.</summary>
public sealed record RequestRefused(RequestRefusal Reason);
