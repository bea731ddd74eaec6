using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Core.Workflow;
using Recruiting.Testing;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Tests.Admin.Postings;

public sealed class ImportTests
{
    private const string Url = "/admin/import";

    private static string Posting(string title, string key, string lever) => $"""
        ---
        title: '{title}'
        description: A role in the {title} team.
        archived: false
        translationKey: {key}
        leverId: {lever}
        ---

        ## About the role

        You will work on {title}.
        """;

    [Theory, Providers]
    public async Task An_upload_shows_the_dry_run_report_then_imports_on_confirmation(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var zip = Zip(("en/platform-engineer.md", Posting("Platform engineer", "platform", "0a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f")),
            ("../evil.md", Posting("Evil", "evil", "1a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f")));
        var broken = "---\ntitle: [unclosed\n---\nBody";

        var dryRun = await UploadAsync(publisher, ("postings.zip", zip), ("broken.md", Encoding.UTF8.GetBytes(broken)),
            ("designer.md", Encoding.UTF8.GetBytes(Posting("Designer", "designer", "2a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f"))));

        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        var report = await dryRun.Content.ReadAsStringAsync();
        Assert.Contains("What the import would do", report);
        Assert.Contains("Created: 2", report);
        Assert.Contains("Rejected: 1", report);
        Assert.Contains("en/platform-engineer.md", report);
        Assert.Contains("unsafe path", report);
        Assert.Contains("broken.md", report);
        await using (var db = app.NewDbContext())
            Assert.False(await db.Postings.AnyAsync());
        var uploadId = System.Text.RegularExpressions.Regex.Match(report, "name=\"UploadId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        Assert.NotEmpty(uploadId);

        // Another user cannot use someone else's upload.
        using var other = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var stolen = await other.PostFormAsync(Url, new() { ["UploadId"] = uploadId }, Url + "?handler=Confirm");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stolen.StatusCode);

        var confirmed = await publisher.PostFormAsync(Url, new() { ["UploadId"] = uploadId }, Url + "?handler=Confirm");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Import done", await confirmed.Content.ReadAsStringAsync());
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(["Designer", "Platform engineer"], await db.Postings.OrderBy(p => p.Title).Select(p => p.Title).ToListAsync());
            Assert.Equal(2, await PublicPostings.Visible(db).CountAsync());
        }
        var again = await publisher.PostFormAsync(Url, new() { ["UploadId"] = uploadId }, Url + "?handler=Confirm");
        Assert.Contains("expired or was already imported", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Authors_cannot_import_and_a_lone_file_of_another_type_is_skipped_with_its_reason()
    {
        await using var app = await TestApp.StartAsync();
        using var author = await SignedInClient.CreateAsync(app, Roles.Author);
        PostingForms.AssertRefused(await author.GetAsync(Url));

        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var response = await UploadAsync(publisher, ("photo.png", [1, 2, 3]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("None of the files can be imported: see the files skipped below.", page);
        Assert.Contains("<th scope=\"row\">photo.png</th><td>Not a Markdown or text file: only .md, .markdown and .txt files are imported.</td>", page);

        var beside = await UploadAsync(publisher, ("photo.png", [1, 2, 3]),
            ("designer.md", Encoding.UTF8.GetBytes(Posting("Designer", "designer", "2a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f"))));
        Assert.Equal(HttpStatusCode.OK, beside.StatusCode);
        var report = WebUtility.HtmlDecode(await beside.Content.ReadAsStringAsync());
        Assert.DoesNotContain("There is a problem", report);
        Assert.Contains("Files skipped: 1", report);
        Assert.Contains("<th scope=\"row\">photo.png</th>", report);
    }

    [Fact]
    public async Task Upload_errors_are_shown_in_french_in_a_french_console()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        await publisher.PostFormAsync(Url, new() { ["language"] = "fr", ["returnUrl"] = Url }, Recruiting.Web.Admin.AdminPaths.Language);

        var refused = await UploadAsync(publisher, ("photo.png", [1, 2, 3]), ("old.zip", [1, 2, 3]),
            ("postings.zip", Zip(("../evil.md", Posting("Evil", "evil", "1a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f")))));
        var expired = await publisher.PostFormAsync(Url, new() { ["UploadId"] = "0123456789abcdef0123456789abcdef" }, Url + "?handler=Confirm");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<th scope=\"row\">photo.png</th><td>Ni Markdown ni texte\u00A0: seuls les fichiers .md, .markdown et .txt sont importés.</td>", page);
        Assert.Contains("<li>old.zip\u00A0: ce n’est pas un fichier .zip valide.</li>", page);
        Assert.Contains("<li>postings.zip\u00A0: l’entrée « ../evil.md » a un chemin dangereux et a été ignorée.</li>", page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, expired.StatusCode);
        Assert.Contains("Ce téléversement a expiré ou a déjà été importé", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_zip_with_more_files_than_the_limit_is_refused_whole_naming_the_limit()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var files = Enumerable.Range(0, UploadedImport.MaxFiles + 1).Select(i => ($"en/p{i}.md", Posting($"P{i}", $"p{i}", "0a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f"))).ToArray();

        var response = await UploadAsync(publisher, ("many.zip", Zip(files)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"many.zip: more than {UploadedImport.MaxFiles} files", page);
        Assert.DoesNotContain("What the import would do", page);
    }

    [Fact]
    public async Task The_report_of_a_french_console_is_in_french_built_from_each_messages_code_and_values()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        await publisher.PostFormAsync(Url, new() { ["language"] = "fr", ["returnUrl"] = Url }, Recruiting.Web.Admin.AdminPaths.Language);
        var longTitle = new string('t', 501);

        var response = await UploadAsync(publisher,
            ("sans-resume.fr.md", System.Text.Encoding.UTF8.GetBytes("---\ntitle: Comptable\n---\nTient les comptes.\n")),
            ("trop-long.fr.md", System.Text.Encoding.UTF8.GetBytes($"---\ntitle: {longTitle}\ndescription: D.\ntranslationKey: k\n---\nTexte.\n")),
            ("1.fr.md", System.Text.Encoding.UTF8.GetBytes("---\ntitle: Analyste\ndescription: D.\ntranslationKey: a\n---\nTexte.\n")),
            ("2.fr.md", System.Text.Encoding.UTF8.GetBytes("---\ntitle: Analyste\ndescription: D.\ntranslationKey: b\naliases: [/emplois/x/]\n---\nTexte.\n")),
            ("3.fr.md", System.Text.Encoding.UTF8.GetBytes("---\ntitle: Comptable\ndescription: D.\ntranslationKey: c\nurl: /emplois/x/\n---\nTexte.\n")));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Pas de description\u00A0: le premier paragraphe du texte est utilisé. Rédigez dans la console un vrai résumé pour les résultats de recherche.", page);
        Assert.Contains("Pas de translationKey\u00A0: la clé de l’offre est son slug « sans-resume », liée à aucune traduction.", page);
        Assert.Contains("[Title] Le titre dépasse 500 caractères\u00A0; raccourcissez-le. Corrigez l’en-tête (front matter) et importez de nouveau.", page);
        // The importer's own words (where a slug came from) are translated too, not only the values it names.
        Assert.Contains("Le slug « analyste » (tiré du titre) est déjà pris (fr)\u00A0; cette offre a reçu « analyste-2 ».", page);
        Assert.Contains("L’ancien chemin « /emplois/x » appartient aussi à", page);
        Assert.DoesNotContain("No description", page);
        Assert.DoesNotContain("is taken in", page);
        Assert.DoesNotContain("also belongs to", page);
    }

    [Fact]
    public async Task The_report_lists_the_files_of_a_zip_it_skips_with_the_reason_in_english_and_french()
    {
        await using var app = await TestApp.StartAsync();
        using var publisher = await SignedInClient.CreateAsync(app, Roles.Publisher);
        var zip = Zip(("en/platform-engineer.md", Posting("Platform engineer", "platform", "0a6e5e1f-3c53-4e7b-9d3c-1b2a3c4d5e6f")),
            ("en/benefits.pdf", "%PDF-1.4"), ("notes.docx", "PK"));

        var report = WebUtility.HtmlDecode(await (await UploadAsync(publisher, ("postings.zip", zip))).Content.ReadAsStringAsync());

        Assert.Contains("Created: 1", report);
        Assert.Contains("Files skipped: 2", report);
        Assert.Contains("<th scope=\"row\">postings.zip › en/benefits.pdf</th><td>Not a Markdown or text file: only .md, .markdown and .txt files are imported.</td>", report);
        Assert.Contains("postings.zip › notes.docx", report);

        // The "Import done" screen lists them too, and says what became of the rest.
        var uploadId = System.Text.RegularExpressions.Regex.Match(report, "name=\"UploadId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        var done = WebUtility.HtmlDecode(await (await publisher.PostFormAsync(Url, new() { ["UploadId"] = uploadId }, Url + "?handler=Confirm"))
            .Content.ReadAsStringAsync());
        Assert.Contains("Import done", done);
        Assert.Contains("Files skipped: 2", done);
        Assert.Contains("<th scope=\"row\">postings.zip › en/benefits.pdf</th><td>Not a Markdown or text file: only .md, .markdown and .txt files are imported.</td>", done);

        await publisher.PostFormAsync(Url, new() { ["language"] = "fr", ["returnUrl"] = Url }, Recruiting.Web.Admin.AdminPaths.Language);
        var onlyPdf = await UploadAsync(publisher, ("papers.zip", Zip(("offer.pdf", "%PDF-1.4"))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, onlyPdf.StatusCode);
        var french = WebUtility.HtmlDecode(await onlyPdf.Content.ReadAsStringAsync());
        Assert.Contains("Aucun des fichiers ne peut être importé\u00A0: voyez les fichiers ignorés ci-dessous.", french);
        Assert.Contains("Fichiers ignorés\u00A0: 1", french);
        Assert.Contains("<th scope=\"row\">papers.zip › offer.pdf</th><td>Ni Markdown ni texte\u00A0: seuls les fichiers .md, .markdown et .txt sont importés.</td>", french);
    }

    private static async Task<HttpResponseMessage> UploadAsync(SignedInClient client, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.GetStringAsync(Url);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(SignedInClient.AntiforgeryToken(page)), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }
        return await client.Http.PostAsync(Url + "?handler=Upload", form);
    }

    private static byte[] Zip(params (string Path, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (path, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open());
                writer.Write(text);
            }
        return buffer.ToArray();
    }
}
