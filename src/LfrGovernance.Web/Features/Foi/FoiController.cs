using LfrGovernance.Core.Foi;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>FOI casework for the FOI team: the requests with their deadlines, logging one with its questions, changing
/// it, the clock pauses, and how each due date was reached. The record page, the purpose form, retire and reinstate
/// are shared (<see cref="RegisterRecordController{TRecord}"/>).</summary>
[Authorize(Policy = Policies.AnswerFoi)]
[EditPolicy(Policies.AnswerFoi)]
[Route("foi")]
public sealed class FoiController(FoiRequestDetails.Handler details, EditFoiRequest.Handler edit) : RegisterRecordController<FoiRequest>
{
    protected override RecordKind<FoiRequest> Kind => FoiFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, FoiRequestStatus? status, bool all, [FromServices] FoiRequestList.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, status, all, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, FoiRequestStatus? status, bool all, [FromServices] FoiRequestList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, status, all, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateFoiRequest.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.NewAsync(cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateFoiRequest.Input input, [FromServices] CreateFoiRequest.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(await handler.PageAsync(input, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditFoiRequest.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditFoiRequest.Saved => Redirect(Kind.PathOf(id)),
            EditFoiRequest.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [HttpGet("dashboard")]
    public async Task<IActionResult> Dashboard([FromServices] FoiDashboard.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(cancellationToken));

    [HttpGet("disclosure-log/{format}")]
    public async Task<IActionResult> DisclosureLog(string format, [FromServices] DisclosureLog.Handler handler, CancellationToken cancellationToken)
    {
        if (Infrastructure.Exports.ExportFile.ParseFormat(format) is not { } chosen)
        {
            return NotFound();
        }
        var file = await handler.HandleAsync(chosen, SignedInUser(), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("{id:guid}/response.xlsx")]
    public async Task<IActionResult> ResponseWorkbook(Guid id, [FromServices] ExportResponse.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, SignedInUser(), cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    [HttpGet("{id:guid}/deadline")]
    public async Task<IActionResult> Deadline(Guid id, [FromServices] ExplainDeadline.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/clarifications/new")]
    public Task<IActionResult> AddClarification(Guid id, [FromServices] SaveClarification.Handler handler, CancellationToken cancellationToken) =>
        ClarificationPageAsync(id, null, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/clarifications/new")]
    public Task<IActionResult> AddClarification(Guid id, [Bind(Prefix = "Input")] SaveClarification.Input input,
        [FromServices] SaveClarification.Handler handler, CancellationToken cancellationToken) =>
        SaveClarificationAsync(id, null, input, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/clarifications/{clarificationId:guid}")]
    public Task<IActionResult> EditClarification(Guid id, Guid clarificationId, [FromServices] SaveClarification.Handler handler,
        CancellationToken cancellationToken) =>
        ClarificationPageAsync(id, clarificationId, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/clarifications/{clarificationId:guid}")]
    public Task<IActionResult> EditClarification(Guid id, Guid clarificationId, [Bind(Prefix = "Input")] SaveClarification.Input input,
        [FromServices] SaveClarification.Handler handler, CancellationToken cancellationToken) =>
        SaveClarificationAsync(id, clarificationId, input, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/questions/new")]
    public Task<IActionResult> AddQuestion(Guid id, [FromServices] SaveQuestion.Handler handler, CancellationToken cancellationToken) =>
        QuestionFormAsync(id, null, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/questions/new")]
    public Task<IActionResult> AddQuestion(Guid id, [Bind(Prefix = "Input")] SaveQuestion.Input input, [FromServices] SaveQuestion.Handler handler,
        CancellationToken cancellationToken) =>
        SaveQuestionAsync(id, null, input, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/questions/{questionId:guid}/edit")]
    public Task<IActionResult> EditQuestion(Guid id, Guid questionId, [FromServices] SaveQuestion.Handler handler, CancellationToken cancellationToken) =>
        QuestionFormAsync(id, questionId, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/questions/{questionId:guid}/edit")]
    public Task<IActionResult> EditQuestion(Guid id, Guid questionId, [Bind(Prefix = "Input")] SaveQuestion.Input input,
        [FromServices] SaveQuestion.Handler handler, CancellationToken cancellationToken) =>
        SaveQuestionAsync(id, questionId, input, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("questions/{questionId:guid}/retire")]
    public Task<IActionResult> RetireQuestion(Guid questionId, [FromServices] SaveQuestion.Handler questions,
        [FromServices] RetireRecord<FoiQuestion>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowPageAsync(QuestionFields.Kind, questionId, questions.RequestOfAsync, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("questions/{questionId:guid}/retire")]
    public Task<IActionResult> RetireQuestion(Guid questionId, [Bind(Prefix = "Input")] RetireRecord.Input input, [FromServices] SaveQuestion.Handler questions,
        [FromServices] RetireRecord<FoiQuestion>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowAsync(QuestionFields.Kind, questionId, input, questions.RequestOfAsync, handler, "questions", cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/requester")]
    public async Task<IActionResult> Requester(Guid id, [FromServices] EditRequester.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/requester")]
    public async Task<IActionResult> Requester(Guid id, [Bind(Prefix = "Input")] EditRequester.Input input, [FromServices] EditRequester.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditRequester.Saved => Redirect($"{Kind.PathOf(id)}#requester"),
            EditRequester.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [HttpGet("{id:guid}/questions/{questionId:guid}")]
    public async Task<IActionResult> Question(Guid id, Guid questionId, [FromServices] AnswerQuestion.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, questionId, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/questions/{questionId:guid}")]
    public async Task<IActionResult> Question(Guid id, Guid questionId, [Bind(Prefix = "Input")] AnswerQuestion.Input input,
        [FromServices] AnswerQuestion.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, questionId, input, ModelState, cancellationToken) switch
        {
            AnswerQuestion.Saved => Redirect($"{Kind.PathOf(id)}#questions"),
            AnswerQuestion.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/questions/{questionId:guid}/generate")]
    public async Task<IActionResult> Generate(Guid id, Guid questionId, [Bind(Prefix = "Generate")] GenerateAnswer.Input input,
        [FromServices] GenerateAnswer.Handler handler, [FromServices] AnswerQuestion.Handler questions, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, questionId, input, ModelState, cancellationToken) switch
        {
            GenerateAnswer.Generated => Redirect($"{Kind.PathOf(id)}/questions/{questionId}#draft"),
            GenerateAnswer.Refused => await questions.LoadAsync(id, questionId, input, cancellationToken) is { } page ? View("Question", page) : NotFound(),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/questions/{questionId:guid}/exemptions/new")]
    public async Task<IActionResult> AddExemption(Guid id, Guid questionId, Guid? template, [FromServices] SaveExemption.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, questionId, null, template, cancellationToken) is { } page ? View("Exemption", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/questions/{questionId:guid}/exemptions/new")]
    public Task<IActionResult> AddExemption(Guid id, Guid questionId, [Bind(Prefix = "Input")] SaveExemption.Input input,
        [FromServices] SaveExemption.Handler handler, CancellationToken cancellationToken) =>
        SaveExemptionAsync(id, questionId, null, input, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/questions/{questionId:guid}/exemptions/{exemptionId:guid}")]
    public async Task<IActionResult> EditExemption(Guid id, Guid questionId, Guid exemptionId, [FromServices] SaveExemption.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, questionId, exemptionId, null, cancellationToken) is { } page ? View("Exemption", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/questions/{questionId:guid}/exemptions/{exemptionId:guid}")]
    public Task<IActionResult> EditExemption(Guid id, Guid questionId, Guid exemptionId, [Bind(Prefix = "Input")] SaveExemption.Input input,
        [FromServices] SaveExemption.Handler handler, CancellationToken cancellationToken) =>
        SaveExemptionAsync(id, questionId, exemptionId, input, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("exemptions/{exemptionId:guid}/retire")]
    public Task<IActionResult> RetireExemption(Guid exemptionId, [FromServices] SaveExemption.Handler exemptions,
        [FromServices] RetireRecord<FoiExemption>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowPageAsync(ExemptionFields.Kind, exemptionId, exemptions.RequestOfAsync, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("exemptions/{exemptionId:guid}/retire")]
    public Task<IActionResult> RetireExemption(Guid exemptionId, [Bind(Prefix = "Input")] RetireRecord.Input input, [FromServices] SaveExemption.Handler exemptions,
        [FromServices] RetireRecord<FoiExemption>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowAsync(ExemptionFields.Kind, exemptionId, input, exemptions.RequestOfAsync, handler, "questions", cancellationToken);

    protected override async Task<object> DetailsPageAsync(RecordPage<FoiRequest>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);

    private async Task<IActionResult> QuestionFormAsync(Guid id, Guid? questionId, SaveQuestion.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, questionId, cancellationToken) is { } page ? View("QuestionForm", page) : NotFound();

    private async Task<IActionResult> SaveQuestionAsync(Guid id, Guid? questionId, SaveQuestion.Input input, SaveQuestion.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, questionId, input, ModelState, cancellationToken) switch
        {
            SaveQuestion.Saved => Redirect($"{Kind.PathOf(id)}#questions"),
            SaveQuestion.Refused refused => View("QuestionForm", refused.Page),
            _ => NotFound(),
        };

    private async Task<IActionResult> SaveExemptionAsync(Guid id, Guid questionId, Guid? exemptionId, SaveExemption.Input input,
        SaveExemption.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, questionId, exemptionId, input, ModelState, cancellationToken) switch
        {
            SaveExemption.Saved => Redirect($"{Kind.PathOf(id)}/questions/{questionId}#exemptions"),
            SaveExemption.Refused refused => View("Exemption", refused.Page),
            _ => NotFound(),
        };

    private async Task<IActionResult> ClarificationPageAsync(Guid id, Guid? clarificationId, SaveClarification.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, clarificationId, cancellationToken) is { } page ? View("Clarification", page) : NotFound();

    private async Task<IActionResult> SaveClarificationAsync(Guid id, Guid? clarificationId, SaveClarification.Input input,
        SaveClarification.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, clarificationId, input, ModelState, cancellationToken) switch
        {
            SaveClarification.Saved => Redirect($"{Kind.PathOf(id)}#clock"),
            SaveClarification.Refused refused => View("Clarification", refused.Page),
            _ => NotFound(),
        };
}
