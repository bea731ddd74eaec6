using Recruiting.Core;
using Recruiting.Legacy;
using Recruiting.Web.Admin;
using Recruiting.Web.Api;
using Recruiting.Web.Cli;
using Recruiting.Web.Hosting;
using Recruiting.Web.Instances;
using Recruiting.Web.Localization;
using Recruiting.Web.Public;
using Recruiting.Web.Public.Rendered;
using Recruiting.Web.Webhooks;
using Recruiting.Web.Workflow;

var root = AppRoot.Locate();
if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(args, root);
return await StartupFailures.ReportAsync(() => RunSiteAsync(args, root));

static async Task<int> RunSiteAsync(string[] args, AppRoot root)
{
    // The program's folder, not the current one: a published folder holds wwwroot there. A build in a checkout has no
    // wwwroot beside it and serves the project's through the build's static web assets manifest (absent once published).
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args, SettingsReload.Off], ContentRootPath = AppContext.BaseDirectory });
    builder.WebHost.UseStaticWebAssets();
    root.AddSettingsTo(builder.Configuration);
    builder.Configuration.AddLoggingDefaults(builder.Environment);
    builder.Services.AddSingleton(root);
    builder.Services.AddRecruitingCore(builder.Configuration);
    builder.Services.AddSeveralInstances(builder.Configuration, root);
    builder.Services.AddDatabaseCheck();
    builder.Services.AddSiteHealthChecks();
    builder.AddTelemetry();
    builder.Services.AddLegacyImportAndExport();
    builder.Services.AddRequestLimits();
    builder.Services.AddRazorPages(pages => pages.Conventions.ConfigureFilter(new PageMethods.UnknownHandlerFilter()));
    builder.Services.AddBilingualUi();
    builder.Services.AddUnicodeTextEncoding();
    builder.Services.AddPublicSite(builder.Configuration);
    builder.Services.AddAdminConsole(builder.Configuration);
    builder.Services.AddApis(builder.Configuration);
    builder.Services.AddWebhooks(builder.Configuration);
    builder.Services.AddPublishingScheduler();

    var app = builder.Build();
    app.CheckSettings();
    await app.CheckDatabaseAsync();
    var database = await app.PrepareDatabaseAsync();
    app.TellHowToCreateTheFirstAdministrator(database);

    app.UseReverseProxy();
    app.UseSecurityHeaders();
    app.UseSiteErrorPages();
    app.UseRenderedPages(); // a stored public page is answered before anything the console needs runs
    app.UseStaticFiles();
    app.UseBilingualUi();
    app.UseRouting();
    app.UseCors(); // before the page cache, so that an answer it serves carries the headers of the request's origin
    app.UsePageMethods();
    app.UseFormLimits();
    app.UseSignInAndRoles();
    app.MapPublicSite();
    app.MapContentApi();
    app.MapManagementApi();
    app.MapSiteHealthChecks();
    app.MapRazorPages();

    await app.RunAsync();
    return 0;
}

public partial class Program;
