namespace Recruiting.Testing.Legacy.Hugo;

/// <summary>
/// Legacy files with the quirks of a real Hugo archive: front matter go-yaml reads and YamlDotNet did not (whitespace-only
/// lines in block scalars, tabs, empty keys), YAML 1.1 scalars, quoting, non-string and list `url`s, aliases (relative,
/// shared, as one string), file names Hugo's URL rules change, re-posted jobs sharing a translationKey, typography
/// and a `[text] (mailto:…)` link; plus files Hugo refuses. Paths are relative to the site folder.
/// </summary>
public static class ParityCorpus
{
    private const string Dir = "careers/positions";

    private const string Body = """

        We are looking for a "great" developer -- someone who's curious... and kind.

        Write to [the team] (mailto:jobs@example.org) or see [our site](https://example.org/about).

        - Remote work, "flexible" hours
        - Salary: 80,000--100,000
        """;

    private const string BodyFr = """

        Nous cherchons une personne « curieuse » -- et "bienveillante"... C'est l'équipe qu'il vous faut !

        Écrivez à [l'équipe] (mailto:emplois@example.org).
        """;

    public static IReadOnlyList<(string Path, string Text)> Files()
    {
        var files = new List<(string, string)>();
        void En(string name, string frontMatter, string body = Body) => files.Add(($"content/en/{Dir}/{name}", $"---\n{frontMatter}---\n{body}"));
        void Fr(string name, string frontMatter, string body = BodyFr) => files.Add(($"content/fr/{Dir}/{name}", $"---\n{frontMatter}---\n{body}"));
        const string g = "-0000-4000-8000-000000000000";

        // Whitespace-only lines in block scalars.
        En("folded-spaces-only.md", "title: Folded, spaces only\ndescription: >-\n    \ntranslationKey: folded-spaces\nleverId: 00000001" + g + "\n");
        Fr("folded-spaces-only.md", "title: Repliée, espaces seules\ndescription: >-\n  \t\ntranslationKey: folded-spaces\nleverId: 00000001" + g + "\n");
        En("literal-spaces-only.md", "title: Literal, spaces only\ndescription: |\n      \n   \nleverId: 00000002" + g + "\ntranslationKey: literal-spaces\n");
        En("folded-leading-spaces.md", "title: Folded with leading blank lines\ndescription: >\n   \n  Text after a blank line.\n\n  Second paragraph.\ntranslationKey: folded-leading\n");
        En("folded-more-spaces-above.md", "title: More spaces above\ndescription: >-\n        \n  Text indented less than the blank line.\ntranslationKey: more-spaces-above\n");
        En("literal-inner-spaces.md", "title: Literal with inner spaces\ndescription: |\n  first\n      \n  second\ntranslationKey: literal-inner\n");
        En("folded-keep.md", "title: Folded keep\ndescription: >+\n  kept\n   \n\ntranslationKey: folded-keep\n");

        // Tabs, odd indentation, empty keys.
        En("tab-after-colon.md", "title:\tTab after the colon\ndescription: Tab\tinside the value\ntranslationKey: tab-colon\n");
        En("tab-trailing.md", "title: Trailing tab\t\ndescription: trailing spaces   \ntranslationKey: tab-trailing\n");
        En("tab-indent.md", "title: Tab indented\ndescription: >\n\tTabbed text\ntranslationKey: tab-indent\n");
        En("odd-indent.md", "title: Odd indentation\ndescription:   three spaces before\ncustom:\n   nested: value\n   Other: 2\nlist:\n- a\n-   b\ntranslationKey: odd-indent\n");
        En("plain-continuation.md", "title: Plain continued\ndescription: first line\n  second line\n\n  new paragraph\ntranslationKey: plain-continued\n");
        En("empty-keys.md", "title: Empty keys\ndescription:\nleverId:\nurl:\naliases:\ncustom:\ntranslationKey: empty-keys\n");
        En("empty-title.md", "title: \"\"\ndescription: ''\ntranslationKey: empty-title\n", "\n# Heading as title\n\nFirst paragraph as description.\n");

        // Quoting and YAML 1.1 scalars as go-yaml reads them.
        En("quoting.md", "title: 'It''s a \"job\": yes'\ndescription: \"Line one\\nTab\\there \\u00e9\"\nsubtitle: plain # a comment\nhash: \"not # a comment\"\ntranslationKey: quoting\n");
        En("yaml11-scalars.md", "title: yes\ndescription: on\nremote: off\nflag: y\ncount: 0x1F\noctal: 0755\nunder: 1_000\nfloat: 1.50\nexp: 1e3\nnull1: ~\ndate: 2022-03-01\ntranslationKey: 2022\nleverId: 00012345\n");
        En("multiline-quoted.md", "title: \"A title\n  on two lines\"\ndescription: 'single\n\n  with a blank line'\ntranslationKey: multiline-quoted\n");
        En("anchors.md", "title: &t Anchored title\ndescription: *t\nbase: &b {a: 1, B: two}\nmerged:\n  <<: *b\n  c: 3\ntranslationKey: anchors\n");
        En("crlf.md", "title: Windows lines\r\ndescription: >-\r\n  Folded\r\n  text\r\ntranslationKey: crlf\r\n".Replace("\n", "\n"));
        files.Add(($"content/en/{Dir}/bom.md", "\uFEFF---\ntitle: With a byte-order mark\ntranslationKey: bom\n---\n" + Body));
        En("upper-keys.md", "Title: Upper-case keys\nDescription: Keys as written\nTranslationKey: upper-keys\nLeverId: 00000003" + g + "\n");

        // Addresses: url as string, relative, number, list, bool; aliases in every form; file names Hugo's URL rules change.
        En("url-string.md", "title: Url string\nurl: /jobs/Senior-Dev/\naliases: [/old/senior-dev/]\ntranslationKey: url-string\n");
        En("url-relative.md", "title: Url relative\nurl: jobs/relative-job/\ntranslationKey: url-relative\n");
        En("url-html.md", "title: Url html\nurl: /jobs/data.html\ntranslationKey: url-html\n");
        En("url-number.md", "title: Url number\nurl: 2019\ntranslationKey: url-number\n");
        En("url-list.md", "title: Url list\nurl: [/jobs/a/, /jobs/b/]\ntranslationKey: url-list\n");
        En("url-bool.md", "title: Url bool\nurl: true\ntranslationKey: url-bool\n");
        En("aliases-string.md", "title: Aliases as one string\naliases: /old/one/ /old/two/\ntranslationKey: aliases-string\n");
        En("aliases-relative.md", "title: Relative alias\naliases: [sibling-name, ../up-one/, /Old/Mixed-Case/]\ntranslationKey: aliases-relative\n");
        En("aliases-shared-a.md", "title: Shared alias A\naliases: [/old/shared/, /old/shared-lang/]\ntranslationKey: shared\n");
        En("aliases-shared-b.md", "title: Shared alias B\naliases: [/old/shared/]\ntranslationKey: shared-b\n");
        Fr("aliases-shared-fr.md", "title: Alias partagé\naliases: [/old/shared-lang/]\ntranslationKey: shared\n");
        En("B & C: Data + AI.md", "title: File name with symbols\ntranslationKey: symbols\n");
        En("Été Développeur.md", "title: Accented file name\ntranslationKey: accents\n");
        Fr("Été Développeur.fr.md", "title: Nom accentué\ntranslationKey: accents\n");
        En("UPPER_Case--name.md", "title: Upper-case file name\ntranslationKey: upper-file\n");
        En("slugged.md", "title: Slug key\nslug: -custom-slug-\ntranslationKey: slugged\n");
        files.Add(($"content/en/{Dir}/bundle-job/index.md", "---\ntitle: Page bundle\ntranslationKey: bundle\n---\n" + Body));

        // Re-posted jobs: one translationKey, several postings per language; leverIds pair them.
        const string lever1 = "aaaaaaa1-0000-4000-8000-000000000001", lever2 = "aaaaaaa2-0000-4000-8000-000000000002", lever3 = "aaaaaaa3-0000-4000-8000-000000000003";
        En("reposted-2021.md", $"title: Designer (2021)\narchived: true\ntranslationKey: designer\nleverId: {lever1}\n");
        En("reposted-2022.md", $"title: Designer (2022)\narchived: true\ntranslationKey: designer\nleverId: {lever2}\n");
        En("reposted-2023.md", $"title: Designer (2023)\ntranslationKey: designer\nleverId: {lever3}\n");
        Fr("reposted-2021.md", $"title: Designer (2021) fr\narchived: true\ntranslationKey: designer\nleverId: {lever1}\n");
        Fr("reposted-2022.md", $"title: Designer (2022) fr\narchived: true\ntranslationKey: designer\nleverId: {lever2}\n");
        Fr("reposted-2023.md", $"title: Designer (2023) fr\ntranslationKey: designer\nleverId: {lever3}\n");
        En("pair-en.md", "title: Paired posting\ndescription: The English one.\ntranslationKey: paired\nleverId: bbbbbbb1-0000-4000-8000-000000000001\n");
        Fr("pair-fr.md", "title: Offre jumelée\ndescription: La française.\ntranslationKey: paired\nleverId: bbbbbbb1-0000-4000-8000-000000000001\n");
        En("lever-not-guid.md", "title: Lever id not a GUID\ntranslationKey: lever-bad\nleverId: 123456\n");

        // Typography as Goldmark's typographer set it, and what it leaves alone (code, HTML, addresses, escapes).
        En("typography.md", "title: Typography\ntranslationKey: typography\n", """

            It's 'single' and the '90s, rock 'n' roll, don't. Em --- dash, <<guillemets>> and "quote at end".
            "Start" of a line, 5'10" tall, dots.... many, a "nested 'one' here", 'tis 'em.

            *"Emphasis"* and **'strong'**, the Smiths' car, doin' fine, I've, you're, we'll, she'd, I'm.

            | Role | Pay |
            | --- | --- |
            | "Lead" -- senior | 80--100k... |

            `code "not" -- ...` and <span title="a -- b">x -- y</span>, \"escaped\" and \-- too.

            See www.example.org, https://example.org/a...b and <https://example.org/x--y>, or [it's "here"](https://example.org/q?a='b').

            ## A "heading" -- with... typography
            """);
        Fr("typographie.md", "title: Typographie\ntranslationKey: typography\n", """

            L'été, aujourd'hui, « guillemets » et <<chevrons>> ; "Bonjour" : oui ! Qu'il soit « prêt » -- ou pas...

            C'est 'simple', n'est-ce pas ? « Citation » --- fin. Les années '90s et l'« exemple ».
            """);

        // Files Hugo refuses.
        En("refused-colon.md", "title: Data: the job\ntranslationKey: refused-colon\n");
        En("refused-unclosed.md", "title: \"Never closed\ntranslationKey: refused-unclosed\n");
        En("refused-duplicate.md", "title: One\ntitle: Two\ntranslationKey: refused-duplicate\n");
        En("refused-block-indent.md", "title: Block\ndescription: >-\nNot indented\ntranslationKey: refused-block\n");
        En("refused-url-http.md", "title: Absolute url\nurl: https://example.org/job/\ntranslationKey: refused-http\n");
        return files;
    }
}
