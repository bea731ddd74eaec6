using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Tokens;

namespace Recruiting.Web.Api.Management;

/// <summary>
/// Writes through the same <see cref="PostingWorkflow"/> as the console: same validation, role rules, revisions,
/// audit lines (actor = the token owner) and events. Authentication (a personal API token) applies to the whole group.
/// </summary>
public static class ManagementApiEndpoints
{
    public static RouteGroupBuilder MapManagementEndpoints(this IEndpointRouteBuilder routes)
    {
        var tokenHolders = new AuthorizationPolicyBuilder(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build();
        var group = routes.MapGroup("/api/v1/manage/postings")
            .RequireAuthorization(tokenHolders)
            .WithTags("Management")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, RecruitingDb db, PageTypeSet types, CancellationToken ct) =>
            {
                if (!ApiActor.From(http).CanAuthor)
                    return ApiProblems.Problem(StatusCodes.Status403Forbidden, "forbidden", "Forbidden.", "Your role does not allow this action.");
                var posting = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
                return posting is null ? ApiProblems.NotFound($"There is no posting {id}.") : Results.Ok(ManagedPostingDto.From(posting, [], types.JobPosting));
            })
            .WithName("GetManagedPosting")
            .Produces<ManagedPostingDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("", async (PostingWriteRequest body, HttpContext http, PostingWorkflow workflow, PageTypeSet types, CancellationToken ct) =>
            {
                var (input, bad) = body.ToNewInput(types.JobPosting);
                if (input is null) return CustomFieldsJson.WrongType(bad!);
                return (await workflow.CreateAsync(input, ApiActor.From(http), ct)).ToHttp(types.JobPosting, created: true);
            })
            .WithName("CreatePosting")
            .WithSummary("Creates a draft posting. The slug defaults to one made from the title.")
            .Produces<ManagedPostingDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPut("/{id:guid}", async (Guid id, PostingWriteRequest body, HttpContext http, PostingWorkflow workflow, RecruitingDb db, PageTypeSet types, CancellationToken ct) =>
            {
                if (body.ExpectedVersion is not { } expected)
                    return ApiProblems.Invalid([new FieldIssue("ExpectedVersion", "required", "Send expectedVersion: the version you read, to detect concurrent changes.")], []);
                var current = await db.Postings.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
                if (current is null) return ApiProblems.NotFound($"There is no posting {id}.");
                var (input, bad) = body.ToUpdateInput(current, types.JobPosting);
                if (input is null) return CustomFieldsJson.WrongType(bad!);
                return (await workflow.SaveDraftAsync(id, input, expected, ApiActor.From(http), ct)).ToHttp(types.JobPosting);
            })
            .WithName("UpdatePosting")
            .WithSummary("Saves the draft. Fields left out keep their value; expectedVersion is required.")
            .Produces<ManagedPostingDto>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        MapTransition(group, "publish", "PublishPosting", (w, id, body, actor, ct) => w.PublishAsync(id, body?.ExpectedVersion, actor, ct, body?.ConfirmLanguage == true));
        MapTransition(group, "archive", "ArchivePosting", (w, id, body, actor, ct) => w.ArchiveAsync(id, body?.ExpectedVersion, actor, ct));
        MapTransition(group, "unpublish", "UnpublishPosting", (w, id, body, actor, ct) => w.UnpublishAsync(id, body?.ExpectedVersion, actor, ct));

        group.MapPost("/{id:guid}/schedule", async (Guid id, ScheduleRequest body, HttpContext http, PostingWorkflow workflow, PageTypeSet types, CancellationToken ct) =>
            {
                if (body.PublishAt is not { } at)
                    return ApiProblems.Invalid([new FieldIssue("PublishAt", "required", "Send publishAt: an ISO 8601 date-time in the future, such as 2030-01-31T09:00:00Z.")], []);
                return (await workflow.ScheduleAsync(id, at, body.ExpectedVersion, ApiActor.From(http), ct, body.ConfirmLanguage == true)).ToHttp(types.JobPosting);
            })
            .WithName("SchedulePosting")
            .DeclareTransitionResponses();

        return group;
    }

    private delegate Task<WorkflowResult> Transition(PostingWorkflow workflow, Guid id, TransitionRequest? body, Actor actor, CancellationToken ct);

    private static void MapTransition(RouteGroupBuilder group, string action, string name, Transition transition) =>
        group.MapPost($"/{{id:guid}}/{action}", async (Guid id, HttpContext http, PostingWorkflow workflow, PageTypeSet types, CancellationToken ct) =>
            {
                // The body is optional; read by hand because declaring any body (even optional) makes routing refuse a bare POST.
                TransitionRequest? body;
                try
                {
                    body = http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0
                        ? await http.Request.ReadFromJsonAsync<TransitionRequest>(ct)
                        : null;
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException)
                {
                    return ApiProblems.Problem(StatusCodes.Status400BadRequest, "bad-body", "The request body is not valid JSON.",
                        "Send no body, or a JSON object such as { \"expectedVersion\": 3 } with Content-Type: application/json.");
                }
                return (await transition(workflow, id, body, ApiActor.From(http), ct)).ToHttp(types.JobPosting);
            })
            .WithName(name)
            .WithDescription("Optional JSON body: { \"expectedVersion\": n } refuses the change with 409 if the posting has moved on; " +
                "publish takes { \"confirmLanguage\": true } to publish a body that reads as the other language.")
            .DeclareTransitionResponses();

    private static RouteHandlerBuilder DeclareTransitionResponses(this RouteHandlerBuilder endpoint) => endpoint
        .Produces<ManagedPostingDto>()
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status400BadRequest);
}
