using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Localization;

/// <summary>
/// One catalog as the framework's <see cref="IStringLocalizer"/>, in the current UI culture: French when it is
/// French, else English. A key the catalog lacks is shown as written (<see cref="LocalizedString.ResourceNotFound"/>),
/// as the framework's own localizers do; the catalog test fails on any such key used in the code.
/// </summary>
public sealed class CatalogStringLocalizer(TextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = Find(name);
            return new(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound, text.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => catalog.French.Select(e => Find(e.Key));

    private LocalizedString Find(string name)
    {
        var location = catalog.GetType().FullName;
        if (!catalog.French.TryGet(name, out var entry)) return new(name, name, resourceNotFound: true, location);
        return new(name, LocalizationSetup.IsFrench(CultureInfo.CurrentUICulture) ? entry.French : entry.English, false, location);
    }
}
