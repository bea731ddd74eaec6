namespace Recruiting.Core.Content;

/// <summary>A text in English and French: a field's label or hint, as the console shows it in the user's language.</summary>
public sealed record Bilingual(string English, string French)
{
    public string In(string language) => language == Languages.French ? French : English;
}
