using AngleSharp.Dom;

namespace Recruiting.Core.Rendering;

/// <summary>Small DOM rewrites the sanitizer needs.</summary>
public static class HtmlTree
{
    /// <summary>Replaces the element by its children.</summary>
    public static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child) parent.InsertBefore(child, element);
        parent.RemoveChild(element);
    }

    /// <summary>Replaces the element by one of another name with the same attributes and children.</summary>
    public static IElement Rename(IElement element, string newName)
    {
        var renamed = element.Owner!.CreateElement(newName);
        foreach (var attribute in element.Attributes) renamed.SetAttribute(attribute.Name, attribute.Value);
        while (element.FirstChild is { } child) renamed.AppendChild(child);
        element.Parent!.ReplaceChild(renamed, element);
        return renamed;
    }
}
