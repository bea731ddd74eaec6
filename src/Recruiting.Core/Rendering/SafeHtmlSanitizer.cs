using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Recruiting.Core.Rendering;

/// <summary>
/// Cleans posting HTML with the HtmlSanitizer library (the one Orchard Core uses), configured to
/// <see cref="HtmlAllowList"/>, and reports what it removed, for the editor's warnings. Dangerous elements go with
/// their content; other unknown tags are unwrapped so their text stays. Stateless for its callers and thread-safe.
/// </summary>
public sealed class SafeHtmlSanitizer
{
    // Making a parser (it builds a browsing context) costs more than cleaning a posting, so each thread keeps one,
    // with the library sanitizer whose events report into that thread's call in progress.
    private readonly ThreadLocal<Cleaner> _cleaners = new(() => new Cleaner());

    public SanitizeResult Sanitize(string html) => _cleaners.Value!.Sanitize(html ?? "", produceHtml: true);

    /// <summary>
    /// <see cref="Sanitize"/>, also saying where in <paramref name="html"/> each element written by a tag starts (the
    /// offset of its start tag's <c>&lt;</c>) and which written element it was parsed inside, and the same of the
    /// element of each removal (-1 for an element no tag wrote, such as a formatting element the parser opened again
    /// after a misnested tag, or an svg element), so that a removal can be traced to the text that wrote it.
    /// </summary>
    public LocatedSanitizeResult SanitizeLocated(string html) => _cleaners.Value!.SanitizeLocated(html ?? "");

    /// <summary>What <see cref="Sanitize"/> removes from <paramref name="html"/>, without writing the safe HTML out (the lint's question).</summary>
    public IReadOnlyList<RemovedMarkup> Removals(string html) => _cleaners.Value!.Sanitize(html ?? "", produceHtml: false).Removed;

    /// <summary>Whether a link (or, with <paramref name="image"/>, an image) to <paramref name="url"/> survives sanitizing.</summary>
    public bool KeepsAddress(string url, bool image)
    {
        if (_addresses.TryGetValue((url, image), out var keeps)) return keeps;
        var encoded = WebUtility.HtmlEncode(url);
        var html = image ? $"<img src=\"{encoded}\">" : $"<a href=\"{encoded}\">a</a>";
        keeps = Removals(html).All(r => r.Reason != RemovalReason.UnsafeUrl);
        if (_addresses.Count < KnownAddresses) _addresses.TryAdd((url, image), keeps);
        return keeps;
    }

    /// <summary>
    /// The answers of <see cref="KeepsAddress"/>, which depend on the address alone: postings link to the same few
    /// addresses (the careers mailbox, the apply form), and each answer costs an HTML parse. Bounded, so a run over many
    /// distinct addresses stops remembering new ones rather than growing.
    /// </summary>
    private readonly ConcurrentDictionary<(string Url, bool Image), bool> _addresses = new();
    private const int KnownAddresses = 4096;

    private sealed class Cleaner
    {
        private readonly HtmlParser _parser = new(new HtmlParserOptions { DisableElementPositionTracking = true });
        private readonly IElement _context;
        private readonly HtmlSanitizer _library = new(HtmlAllowList.SanitizerOptions()) { KeepChildNodes = true };
        private readonly List<RemovedMarkup> _removed = [];
        private readonly HashSet<IElement> _linksWithoutAddress = [];
        private IElement? _fragment;
        // Locating: a parser that tracks positions and tells where each element it creates from a tag starts.
        private HtmlParser? _locatingParser;
        private readonly Dictionary<IElement, int> _starts = new(ReferenceEqualityComparer.Instance);
        private readonly List<int> _removedAt = [];
        private List<LocatedElement>? _elements;

        public Cleaner()
        {
            // A fragment is parsed in the context of this body, but into a document of its own, so this one never changes.
            _context = _parser.ParseDocument(string.Empty).Body!;
            _library.RemovingTag += OnRemovingTag;
            _library.RemovingAttribute += OnRemovingAttribute;
            _library.FilterUrl += OnFilterUrl;
        }

        /// <summary>Without <paramref name="produceHtml"/>, stops once the library has run: what is left to do (<see cref="Finish"/>, writing out) removes nothing.</summary>
        public SanitizeResult Sanitize(string html, bool produceHtml) => Sanitize(_parser, html, produceHtml);

        public LocatedSanitizeResult SanitizeLocated(string html)
        {
            _locatingParser ??= new(new HtmlParserOptions
            {
                OnCreated = (element, position) => { if (position.Index >= 0) _starts[element] = position.Index; },
            });
            _elements = [];
            try
            {
                var result = Sanitize(_locatingParser, html, produceHtml: true);
                return new LocatedSanitizeResult(result.Html, result.Removed.Select((removed, i) => new LocatedRemoval(removed, _removedAt[i])).ToList(), _elements);
            }
            finally
            {
                _elements = null;
                _removedAt.Clear();
                _starts.Clear();
            }
        }

        private SanitizeResult Sanitize(HtmlParser parser, string html, bool produceHtml)
        {
            var nodes = parser.ParseFragment(html, _context);
            if (nodes.Length == 0) return new SanitizeResult("", []);
            var fragment = (IHtmlElement)nodes[0].ParentElement!;
            _fragment = fragment;
            try
            {
                if (_elements is not null) Locate(fragment);
                foreach (var element in fragment.QuerySelectorAll("*").Where(e => e.Attributes.Length > 0).ToList()) KeepAllowedAttributes(element);
                _library.SanitizeDom((IHtmlDocument)fragment.Owner!, fragment);
                if (!produceHtml) return new SanitizeResult("", _removed.ToList());
                foreach (var element in fragment.QuerySelectorAll("h1, a, img").ToList()) Finish(element);
                return new SanitizeResult(fragment.InnerHtml, _removed.ToList());
            }
            finally
            {
                _removed.Clear();
                _linksWithoutAddress.Clear();
                _fragment = null;
            }
        }

        /// <summary>
        /// Each element a tag wrote, with the nearest such element it was parsed inside, as the parser left them (before
        /// anything is removed). An element outside the fragment's tree (a template's content) is parsed inside nothing
        /// the page shows: <see cref="LocatedElement.InsideAt"/> is then <see cref="LocatedElement.OutsideThePage"/>.
        /// </summary>
        private void Locate(IElement fragment)
        {
            foreach (var (element, at) in _starts)
            {
                var parent = element.ParentElement;
                while (parent is not null && parent != fragment && !_starts.ContainsKey(parent)) parent = parent.ParentElement;
                _elements!.Add(new LocatedElement(at, parent is null ? LocatedElement.OutsideThePage : parent == fragment ? -1 : _starts[parent]));
            }
        }

        private void Removed(RemovalReason reason, string markup, IElement element)
        {
            _removed.Add(new(reason, markup, element.LocalName));
            if (_elements is not null) _removedAt.Add(_starts.GetValueOrDefault(element, -1));
        }

        private void OnRemovingTag(object? sender, RemovingTagEventArgs e)
        {
            if (!e.Tag.GetAncestors().Contains(_fragment))
            {
                e.Cancel = true; // inside a dangerous element already removed with its content
                return;
            }
            var name = e.Tag.LocalName;
            if (!HtmlAllowList.IsDangerousElement(name))
            {
                Removed(RemovalReason.UnknownElement, $"<{name}>", e.Tag); // the library unwraps it
                return;
            }
            Removed(RemovalReason.DangerousElement, $"<{name}>", e.Tag);
            e.Cancel = true;
            e.Tag.Remove();
        }

        /// <summary>
        /// The library's attribute list is one for all elements, and it drops style attributes without a word when
        /// it does not parse CSS; ours is per element, with value shapes. So before the library runs, each allowed
        /// element keeps only the attributes allowed on it (a table cell's alignment style becomes align), and what
        /// goes is reported in the order the editor wrote it. Elements the library removes are left to it.
        /// </summary>
        private void KeepAllowedAttributes(IElement element)
        {
            if (!HtmlAllowList.IsAllowedElement(element.LocalName) && element.LocalName != "h1") return;
            foreach (var attribute in element.Attributes.ToList())
            {
                var name = attribute.Name;
                if (HtmlAllowList.IsAllowedAttribute(element.LocalName, name) && AttributeValues.IsAcceptable(name, attribute.Value)) continue;
                element.RemoveAttribute(name);
                if (name == "style" && TableAlignment.TryConvert(element, attribute.Value)) continue;
                if (IsKept(element)) Removed(Classify(name), name, element);
            }
        }

        /// <summary>Not inside foreign (SVG, MathML) or dangerous content, which the library removes whole.</summary>
        private static bool IsKept(IElement element) =>
            element.NamespaceUri == NamespaceNames.HtmlUri
            && !element.GetAncestors().OfType<IElement>().Any(a => a.NamespaceUri != NamespaceNames.HtmlUri || HtmlAllowList.IsDangerousElement(a.LocalName));

        private void OnRemovingAttribute(object? sender, RemovingAttributeEventArgs e)
        {
            var (name, value) = (e.Attribute.Name, e.Attribute.Value);
            if (e.Reason == RemoveReason.NotAllowedUrlValue)
            {
                Removed(RemovalReason.UnsafeUrl, (UrlScheme.Of(value) ?? "?") + ":", e.Tag);
                if (e.Tag.LocalName == "a") _linksWithoutAddress.Add(e.Tag);
            }
            else Removed(Classify(name), name, e.Tag);
        }

        /// <summary>Images load over the web or from the site only: no mailto: or tel: source.</summary>
        private static void OnFilterUrl(object? sender, FilterUrlEventArgs e)
        {
            if (e.Tag.LocalName == "img" && e.SanitizedUrl is { } url && UrlScheme.Of(url) is { } scheme && !HtmlAllowList.IsImageScheme(scheme))
                e.SanitizedUrl = null;
        }

        /// <summary>What the library leaves to us: body headings, links that lost their address, images without a source, new-tab links.</summary>
        private void Finish(IElement element)
        {
            switch (element.LocalName)
            {
                case "h1":
                    Rename(element, "h2"); // the posting title is the page's only h1
                    break;
                case "a" when _linksWithoutAddress.Contains(element):
                    element.Replace([.. element.ChildNodes]);
                    break;
                case "a":
                    ExternalLinks.Protect(element);
                    break;
                case "img" when !element.HasAttribute("src"):
                    element.Remove();
                    break;
            }
        }

        private static void Rename(IElement element, string name)
        {
            var renamed = element.Owner!.CreateElement(name);
            foreach (var attribute in element.Attributes) renamed.SetAttribute(attribute.Name, attribute.Value);
            renamed.Append([.. element.ChildNodes]);
            element.Replace(renamed);
        }

        private static RemovalReason Classify(string attribute) =>
            attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? RemovalReason.EventHandler
            : attribute == "style" ? RemovalReason.StyleAttribute
            : RemovalReason.DisallowedAttribute;
    }
}
