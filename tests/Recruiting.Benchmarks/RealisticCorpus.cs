using System.Text;
using Recruiting.Legacy.Hugo;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks;

/// <summary>
/// A corpus shaped like the legacy export (../shared/legacy, copied in import/): files named as exported
/// (<c>00042_9f…​.txt</c>, one folder, no language marker, so the language is told by the text), front matter as the
/// samples write it (quoted title, folded description, archived, translationKey, leverId, some aliases), bodies of
/// 3 to 10 KB (7 KB on average) made of the samples' French paragraphs or English ones, with raw HTML blocks
/// (a facts box, a salary table, details, an image, an embedded video the sanitizer removes). Jobs come in English
/// and French pairs sharing translationKey and leverId; every tenth job is archived. Seeded: the same count gives
/// the same files.
/// </summary>
public static class RealisticCorpus
{
    private static readonly string[] English =
    [
        "The Canadian Digital Service (CDS) is changing how the federal government designs and delivers digital services. To do that, we put people at the centre of everything we do, we measure how we help, and we work in the open so that everyone can follow along.",
        "We are looking for a {0} to join the {1} team. You will work with product managers, designers, researchers and developers to ship services that people can use the first time they try.",
        "## What you will do\n\n- Build relationships with public servants, based on empathy, trust and a shared understanding of their needs;\n- Help your team make sense of complex situations and propose recommendations that can be acted on;\n- Deliver high-quality work in the open, and report on its progress continuously;\n- Coach colleagues across government on solving problems creatively, putting users' needs first.",
        "## Who you are\n\n- You can teach, coach or share your expertise with others;\n- You have written code in a modern language (C#, Java, JavaScript, Python, Ruby or Go) or worked closely with people who do;\n- You use modern version control (preferably Git) and continuous integration and delivery;\n- You are comfortable in multidisciplinary teams that deliver digital products at scale.",
        "This is a two-year term position, classified at the [IT-04](https://www.tbs-sct.gc.ca/agreements-conventions/view-visualiser-eng.aspx?id=1) group and level. We have offices in Ottawa, Toronto, Montréal and Kitchener, but most of us work remotely from across Canada.",
        "## Diversity and inclusion\n\nAt CDS, we don't just accept difference, we celebrate it. We are proudly and passionately working to make CDS more representative and inclusive of the people we serve. We welcome applicants of every race, ethnicity, religion, sexual orientation, gender identity or expression, national origin, disability, age, veteran status and family status.",
        "## Accommodation\n\nWe are committed to making our recruitment process accessible. If you need an accommodation at any stage, tell us at [careers@example.org](mailto:careers@example.org) and we will work with you to meet your needs.",
        "We know that everyone brings different skills and experiences, and that nobody meets every requirement exactly. **Apply anyway!** Tell us why you want to join us, and what you would bring to the team.",
        "## How we work\n\nWe use Mac OS and Windows, Google Workspace, Slack, Trello, GitHub and Miro. We value *working in the open*, small teams, frequent releases and learning from the people who use our services.",
        "Security clearance: you must be eligible for a **reliability** clearance. Language requirement: English or French essential (either). Some travel within Canada may be required, at most 10% of the time.",
    ];

    private static readonly string[] Html =
    [
        "<div class=\"job-facts\">\n<p><strong>{2}:</strong> {3}</p>\n<p><strong>Location:</strong> Ottawa, Toronto, Montréal or remote in Canada</p>\n<p><strong>Closing date:</strong> 2022-04-{4:D2}</p>\n</div>",
        "<table class=\"salary\">\n<thead>\n<tr><th>Level</th><th>Minimum</th><th>Maximum</th></tr>\n</thead>\n<tbody>\n<tr><td>IT-03</td><td>$80,612</td><td>$96,157</td></tr>\n<tr><td>IT-04</td><td>$92,945</td><td>$112,897</td></tr>\n<tr><td>IT-05</td><td>$106,493</td><td>$129,372</td></tr>\n</tbody>\n</table>",
        "<details>\n<summary>{2}</summary>\n<p>Employees receive the public service pension plan, health and dental coverage, four weeks of vacation and a learning budget.</p>\n<p>Questions? Write to <a href=\"mailto:careers@example.org\">careers@example.org</a>.</p>\n</details>",
        "<p align=\"center\"><img src=\"/images/careers/team-{4}.jpg\" alt=\"{2}\" width=\"600\" height=\"300\"></p>",
        "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" frameborder=\"0\" allowfullscreen></iframe>",
        "<p style=\"font-size: 0.9em\">Last updated <span class=\"date\">2022-03-{4:D2}</span>.<br>Posting {5}</p>",
    ];

    private static readonly string[] Roles = ["Developer", "Designer", "Product manager", "Design researcher", "Data scientist", "Security engineer", "Content designer", "Policy analyst", "Solutions architect", "Site reliability engineer", "Consulting digital practitioner", "Delivery manager"];
    private static readonly string[] RolesFr = ["Développeur ou développeuse", "Designer", "Gestionnaire de produit", "Chercheur ou chercheuse en conception", "Scientifique des données", "Ingénieur ou ingénieure en sécurité", "Concepteur ou conceptrice de contenu", "Analyste des politiques", "Architecte de solutions", "Ingénieur ou ingénieure en fiabilité", "Praticien ou praticienne du numérique", "Gestionnaire de la prestation"];
    private static readonly string[] Teams = ["Platform", "Notify", "GC Forms", "Digital Credentials", "Benefits delivery", "Consulting", "Data", "Cyber security", "Policy", "Talent"];

    /// <returns>The number of bytes written.</returns>
    public static long Generate(string folder, int count, int seed = 13)
    {
        var french = FrenchBlocks();
        var random = new Random(seed);
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var job = i / 2;
            var isFrench = i % 2 == 1;
            var jobRandom = new Random(seed * 7919 + job); // both languages of a job share its facts
            var role = jobRandom.Next(Roles.Length);
            var team = Teams[jobRandom.Next(Teams.Length)];
            var level = jobRandom.Next(2, 6);
            var title = isFrench ? $"{RolesFr[role]} - {team} (IT-0{level})" : $"{Roles[role]} - {team} (IT-0{level})";
            var key = $"{Roles[role].ToLowerInvariant().Replace(' ', '-')}-{team.ToLowerInvariant().Replace(' ', '-')}-{job}";
            var lever = new Guid(jobRandom.Next(), (short)jobRandom.Next(), (short)jobRandom.Next(), [.. Enumerable.Range(0, 8).Select(_ => (byte)jobRandom.Next(256))]);
            var target = 2_500 + random.Next(7_000);
            var body = Body(isFrench ? french : English, random, target, isFrench ? RolesFr[role] : Roles[role], team, job);
            var description = FirstParagraph(body);
            var text = new StringBuilder()
                .Append("---\nlayout: job-posting\ntype: section\n")
                .Append("title: '").Append(title.Replace("'", "''")).Append(" '\n")
                .Append("description: >-\n  ").Append(description).Append('\n')
                .Append("archived: ").Append(job % 10 == 9 ? "true" : "false").Append('\n')
                .Append("translationKey: ").Append(key).Append('\n')
                .Append("leverId: ").Append(lever).Append('\n');
            if (job % 5 == 0) text.Append("aliases:\n  - /").Append(isFrench ? "fr" : "en").Append("/jobs/").Append(key).Append("/\n");
            text.Append("---\n\n").Append(body);
            var name = $"{i:D5}_{Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()))}.txt";
            var content = Encoding.UTF8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(folder, name), content);
            bytes += content.Length;
        }
        return bytes;
    }

    /// <summary>The samples' French body blocks (paragraphs, lists, headings with their text).</summary>
    private static string[] FrenchBlocks() =>
        [.. Directory.GetFiles(AppRoot.Locate().Resolve("import")).Order(StringComparer.Ordinal)
            .Select(f => HugoParser.Parse(File.ReadAllText(f)).Document).Where(d => d is not null)
            .SelectMany(d => d!.Body.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(b => b.Length > 80)];

    private static string Body(string[] blocks, Random random, int target, string role, string team, int job)
    {
        var body = new StringBuilder();
        var html = 1 + random.Next(3);
        var start = random.Next(blocks.Length);
        for (var b = 0; body.Length < target; b++)
        {
            body.Append(blocks[(start + b) % blocks.Length].Replace("{0}", role).Replace("{1}", team)).Append("\n\n");
            if (html > 0 && random.Next(3) == 0)
            {
                body.Append(string.Format(Html[random.Next(Html.Length)], role, team, role, team, 1 + random.Next(28), job)).Append("\n\n");
                html--;
            }
        }
        return body.ToString();
    }

    private static string FirstParagraph(string body)
    {
        var first = body.Split("\n\n")[0].Replace('\n', ' ');
        return first.Length > 400 ? first[..first.LastIndexOf(' ', 400)] : first;
    }
}
