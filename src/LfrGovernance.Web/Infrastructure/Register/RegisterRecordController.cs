using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>The pages every record type shares: the record page with its purpose form for the strictest marking,
/// the edit form's purpose form, retire and reinstate. A feature's controller derives from this, declares
/// <c>[Route]</c>, <c>[Authorize]</c> and <c>[EditPolicy]</c>, and adds its list, record page, create and edit.</summary>
/// <remarks>The routes here combine with the derived controller's <c>[Route]</c>: "retire" on
/// <c>[Route("organisations")]</c> is <c>/organisations/{id}/retire</c>. Views are looked for in the feature's folder,
/// then in <c>Features/Shared</c>, where Retire, Reinstate and Purpose live.</remarks>
public abstract class RegisterRecordController<TRecord> : Controller where TRecord : RegisterRecord
{
    /// <summary>The record type this controller shows.</summary>
    protected abstract RecordKind<TRecord> Kind { get; }

    /// <summary>The record's own page, built by the feature once the view is logged.</summary>
    /// <param name="purpose">Why the user said they needed to see it, if the marking asked.</param>
    protected abstract Task<object> DetailsPageAsync(RecordPage<TRecord>.Found found, string? purpose, CancellationToken cancellationToken);

    /// <summary>The edit form of the record, or null if there is none.</summary>
    protected abstract Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Finds the record as it is, or was at <paramref name="asAtUtc"/>; a feature whose record has parts
    /// (a person's ranks) loads them here too.</summary>
    protected virtual Task<RecordPage<TRecord>.Found?> FindAsync(RecordPage<TRecord>.Handler records, Guid id, DateTime? asAtUtc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.FindAsync(id, asAtUtc, cancellationToken);
    }

    [HttpGet("{id:guid}")]
    public Task<IActionResult> Details(Guid id, [FromServices] RecordPage<TRecord>.Handler records, CancellationToken cancellationToken) =>
        ShowAsync(records, id, RegisterAsAt.Read(Request), null, Kind.PathOf(id),
            async found => View(await DetailsPageAsync(found, null, cancellationToken)), cancellationToken);

    /// <summary>The purpose form of a record whose marking asks why it is being viewed.</summary>
    [HttpPost("{id:guid}")]
    public Task<IActionResult> Details(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<TRecord>.Handler records, CancellationToken cancellationToken) =>
        ShowAsync(records, id, RegisterAsAt.Read(Request), input, Kind.PathOf(id),
            async found => View(await DetailsPageAsync(found, input.Purpose, cancellationToken)), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/edit")]
    public Task<IActionResult> Edit(Guid id, [FromServices] RecordPage<TRecord>.Handler records, CancellationToken cancellationToken) =>
        EditAfterPurposeAsync(records, id, null, cancellationToken);

    /// <summary>The purpose form in front of the edit form of a record whose marking asks why it is being viewed.</summary>
    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit/purpose")]
    public Task<IActionResult> EditPurpose(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<TRecord>.Handler records, CancellationToken cancellationToken) =>
        EditAfterPurposeAsync(records, id, input, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, [FromServices] RetireRecord<TRecord>.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(Kind, id, cancellationToken) is { } page ? View("Retire", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/retire")]
    public Task<IActionResult> Retire(Guid id, [Bind(Prefix = "Input")] RetireRecord.Input input,
        [FromServices] RetireRecord<TRecord>.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Retire", () => handler.HandleAsync(Kind, id, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/reinstate")]
    public async Task<IActionResult> Reinstate(Guid id, [FromServices] ReinstateRecord<TRecord>.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(Kind, id, cancellationToken) is { } page ? View("Reinstate", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/reinstate")]
    public Task<IActionResult> Reinstate(Guid id, [Bind(Prefix = "Input")] ReinstateRecord.Input input,
        [FromServices] ReinstateRecord<TRecord>.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Reinstate", () => handler.HandleAsync(Kind, id, input, ModelState, cancellationToken));

    /// <summary>Goes to the record once the change is saved, shows the form again when the handler returns it,
    /// and answers 404 for an unknown id.</summary>
    /// <param name="view">The view to show again.</param>
    protected async Task<IActionResult> SaveOrShowAgainAsync<TPage>(Guid id, string view, Func<Task<TPage?>> save) where TPage : class
    {
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            return await save() is { } page ? View(view, page) : Redirect(Kind.PathOf(id));
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Goes back to the parent record's <paramref name="section"/> once a change to one of its rows is saved
    /// (an evaluation of a system, a sharing of a collaboration), shows the form again when the handler returns it, and
    /// answers 404 for an unknown id.</summary>
    protected async Task<IActionResult> ToParentOrShowAgainAsync<TPage>(Guid parentId, string section, string view, Func<Task<TPage?>> save)
        where TPage : class
    {
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            return await save() is { } page ? View(view, page) : Redirect($"{Kind.PathOf(parentId)}#{section}");
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The retire page of a row shown on this record's page; 404 unless the row and its parent are visible.</summary>
    /// <param name="parentOf">The id of the row's parent record, or null when there is none the user may see.</param>
    protected async Task<IActionResult> RetireRowPageAsync<TRow>(RecordKind<TRow> kind, Guid id, Func<Guid, CancellationToken, Task<Guid?>> parentOf,
        RetireRecord<TRow>.Handler handler, CancellationToken cancellationToken) where TRow : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        ArgumentNullException.ThrowIfNull(handler);
        return await parentOf(id, cancellationToken) is not null && await handler.LoadAsync(kind, id, cancellationToken) is { } page
            ? View("Retire", page)
            : NotFound();
    }

    /// <summary>Retires a row shown on this record's page, then goes back to the parent's <paramref name="section"/>.</summary>
    protected async Task<IActionResult> RetireRowAsync<TRow>(RecordKind<TRow> kind, Guid id, RetireRecord.Input input,
        Func<Guid, CancellationToken, Task<Guid?>> parentOf, RetireRecord<TRow>.Handler handler, string section,
        CancellationToken cancellationToken) where TRow : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        ArgumentNullException.ThrowIfNull(handler);
        return await parentOf(id, cancellationToken) is { } parentId
            ? await ToParentOrShowAgainAsync(parentId, section, "Retire", () => handler.HandleAsync(kind, id, input, ModelState, cancellationToken))
            : NotFound();
    }

    /// <summary>The reinstate page of a row shown on this record's page; 404 unless the row and its parent are visible.</summary>
    protected async Task<IActionResult> ReinstateRowPageAsync<TRow>(RecordKind<TRow> kind, Guid id, Func<Guid, CancellationToken, Task<Guid?>> parentOf,
        ReinstateRecord<TRow>.Handler handler, CancellationToken cancellationToken) where TRow : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        ArgumentNullException.ThrowIfNull(handler);
        return await parentOf(id, cancellationToken) is not null && await handler.LoadAsync(kind, id, cancellationToken) is { } page
            ? View("Reinstate", page)
            : NotFound();
    }

    /// <summary>Reinstates a row shown on this record's page, then goes back to the parent's <paramref name="section"/>.</summary>
    protected async Task<IActionResult> ReinstateRowAsync<TRow>(RecordKind<TRow> kind, Guid id, ReinstateRecord.Input input,
        Func<Guid, CancellationToken, Task<Guid?>> parentOf, ReinstateRecord<TRow>.Handler handler, string section,
        CancellationToken cancellationToken) where TRow : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        ArgumentNullException.ThrowIfNull(handler);
        return await parentOf(id, cancellationToken) is { } parentId
            ? await ToParentOrShowAgainAsync(parentId, section, "Reinstate", () => handler.HandleAsync(kind, id, input, ModelState, cancellationToken))
            : NotFound();
    }

    /// <summary>The user these pages are for; the fallback policy guarantees one is signed in.</summary>
    protected CurrentUser SignedInUser() =>
        CurrentUser.From(User) ?? throw new InvalidOperationException($"{Kind.PluralCaption} pages need a signed-in user.");

    /// <summary>Shows a page of the record (or gives its content), asking the user's purpose first when its marking
    /// needs one: the purpose form posts to <paramref name="formAction"/>, which calls this again with the input.</summary>
    protected async Task<IActionResult> ShowAsync(RecordPage<TRecord>.Handler records, Guid id, DateTime? asAtUtc,
        RecordPage.PurposeInput? input, string formAction, Func<RecordPage<TRecord>.Found, Task<IActionResult>> show,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(records, id, asAtUtc, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        if (found.NeedsPurpose)
        {
            if (input is not null)
            {
                RecordPage.CheckPurpose(Kind, input, ModelState);
            }
            if (input is null || !ModelState.IsValid)
            {
                return View("Purpose", new RecordPage.PurposePage(Kind, id, Kind.NameOf(found.Record),
                    input ?? new RecordPage.PurposeInput(), formAction));
            }
        }
        return await show(found);
    }

    /// <summary>Shows a form that shows the record's values (a move, a decision): the purpose first when its marking
    /// asks (the purpose form posts to <paramref name="path"/>/purpose), and the view logged as one of the record.</summary>
    /// <param name="where">What the form is for, in the access log: "to decide on it".</param>
    /// <param name="page">The form's model, or null when the form does not apply to the record (404).</param>
    protected Task<IActionResult> FormPageAsync(RecordPage<TRecord>.Handler records, Guid id, RecordPage.PurposeInput? input, string path,
        string where, Func<Task<object?>> page, string viewName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(page);
        return ShowAsync(records, id, null, input, path + "/purpose", async found =>
        {
            await records.LogViewAsync(Kind, found, SignedInUser(), where, input?.Purpose, cancellationToken);
            return await page() is { } model ? View(viewName, model) : NotFound();
        }, cancellationToken);
    }

    // The edit form shows the record's values, so a sensitive marking applies to it as to the record page.
    private async Task<IActionResult> EditAfterPurposeAsync(RecordPage<TRecord>.Handler records, Guid id,
        RecordPage.PurposeInput? input, CancellationToken cancellationToken)
    {
        if (await EditPageAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        return await ShowAsync(records, id, null, input, $"{Kind.PathOf(id)}/edit/purpose", async found =>
        {
            await records.LogViewAsync(Kind, found, SignedInUser(), "to change it", input?.Purpose, cancellationToken);
            return View("Edit", page);
        }, cancellationToken);
    }
}
