using System.Security.Cryptography;
using System.Text;
using Recruiting.Legacy.Hugo;
using Recruiting.Web.Hosting;

namespace Recruiting.Benchmarks;

/// <summary>
/// Generates a corpus of legacy Hugo postings from the samples in import/: varied titles, slugs and leverIds,
/// half English and half French (pairs share a translationKey), every tenth archived, laid out as
/// content/{lang}/careers/positions/{slug}.md. Deterministic: the same count gives the same files.
/// </summary>
public static class PostingCorpus
{
    private static readonly string[] Roles = ["Developer", "Designer", "Product manager", "Researcher", "Data scientist", "Security engineer", "Writer", "Analyst", "Architect", "Site reliability engineer"];
    private static readonly string[] RolesFr = ["Développeur", "Designer", "Gestionnaire de produit", "Chercheur", "Scientifique des données", "Ingénieur en sécurité", "Rédacteur", "Analyste", "Architecte", "Ingénieur en fiabilité"];
    private static readonly string[] Levels = ["Junior", "Senior", "Lead", "Principal", "Staff"];
    private static readonly string[] LevelsFr = ["junior", "senior", "principal", "en chef", "expert"];
    private static readonly string[] Teams = ["Platform", "Benefits", "Notify", "Forms", "Identity", "Payments", "Search", "Data", "Accessibility", "Cloud"];

    private const string EnglishBody = """

        The digital service is changing how the government designs and delivers services. We are looking for a {0} to join the {1} team.

        ## What you will do

        - Work in the open with a multidisciplinary team;
        - Ship <strong>small changes</strong> often and learn from the people who use the service;
        - Help partners adopt modern practices.

        ## Who you are

        You care about the people you serve and you like to share what you know. Apply even if you do not meet every requirement.

        Email us at [jobs@example.com](mailto:jobs@example.com).
        """;

    /// <returns>The number of files written.</returns>
    public static int Generate(string folder, int count, string? samplesFolder = null)
    {
        var samples = Directory.GetFiles(samplesFolder ?? AppRoot.Locate().Resolve("import")).Order(StringComparer.Ordinal)
            .Select(f => HugoParser.Parse(File.ReadAllText(f)).Document).Where(d => d is not null).Select(d => LegacyPosting.From(d!)).ToList();
        if (samples.Count == 0) throw new InvalidOperationException("No readable samples in import/.");
        for (var i = 0; i < count; i++)
        {
            var job = i / 2;
            var french = i % 2 == 1;
            var (role, level, team) = (job % Roles.Length, job / Roles.Length % Levels.Length, job / (Roles.Length * Levels.Length) % Teams.Length);
            var title = french ? $"{RolesFr[role]} {LevelsFr[level]} – {Teams[team]} ({job})" : $"{Levels[level]} {Roles[role]}, {Teams[team]} ({job})";
            var sample = samples[job % samples.Count];
            var body = french ? sample.Body : string.Format(EnglishBody, title, Teams[team]).Replace("\r\n", "\n");
            var description = french ? sample.Fields.Description : $"Join the {Teams[team]} team as a {Levels[level]} {Roles[role]}.";
            var slug = Recruiting.Core.Workflow.SlugGenerator.FromText(title);
            var text = new StringBuilder()
                .Append("---\nlayout: job-posting\ntype: section\n")
                .Append("title: ").Append(Recruiting.Legacy.Export.YamlWriter.Scalar(title)).Append('\n')
                .Append("description: ").Append(Recruiting.Legacy.Export.YamlWriter.Scalar(description)).Append('\n')
                .Append("archived: ").Append(i % 10 == 9 ? "true" : "false").Append('\n')
                .Append("translationKey: job-").Append(job).Append('\n')
                .Append("leverId: ").Append(LeverId(job, french)).Append('\n')
                .Append("---\n").Append(body).ToString();
            var path = Path.Combine(folder, "content", french ? "fr" : "en", "careers", "positions", slug + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return count;
    }

    private static Guid LeverId(int job, bool french) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{job}:{french}")));
}
