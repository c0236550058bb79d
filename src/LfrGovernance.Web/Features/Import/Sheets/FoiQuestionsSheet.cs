using System.Text.RegularExpressions;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>The numbered questions of FOI requests, by the request's reference and the question's number: the text,
/// the catalogue question it is answered from, the answer and whether it is final. A question takes its request's
/// marking and "do not confirm or deny" flag (it is part of it), so the sheet has no handling columns. Drafts the
/// register generated and exemptions are not imported: they are made in the register.</summary>
public sealed partial class FoiQuestionsSheet : IImportSheet
{
    private const int RequestColumn = 0;
    private const int NumberColumn = 1;
    private const int TextColumn = 2;
    private const int CatalogueColumn = 3;
    private const int AnswerColumn = 4;
    private const int FinalColumn = 5;

    [GeneratedRegex(@"^\d{1,3}[a-z]?$")]
    private static partial Regex NumberPattern();

    public string Name => "FOI questions";

    public int Order => 140;

    public string Policy => Policies.AnswerFoi;

    public string RowDescribes => "question";

    public string ListPath => "/foi";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Request", "The request's reference, on the FOI requests sheet or in the register. The question takes the request's marking and \"do not confirm or deny\" flag. With the number, it names the question: a row naming a question already in the register changes it.", Required: true, Width: 18),
        new("Number", "The question's number as the request gives it: digits, with a letter for a sub-question, like 3 or 1a.", Required: true, Width: 8),
        new("Question", "The question as the requester wrote it. Up to 4,000 characters.", Required: true, Width: 50),
        new("Answered from the register by", "The key of the standard question it is answered from, one of: " + string.Join(", ", FoiCatalogue.All.Select(q => q.Key)) + ". Blank: answered freely.", Allowed: [.. FoiCatalogue.All.Select(q => q.Key)], Width: 16),
        new("Answer", "The answer as the FOI officer words it. Up to 20,000 characters.", Width: 60),
        new("Final", ImportCells.YesNoNote + " Yes once the answer is final; a final answer needs words (or an exemption, applied in the register). Blank: No.", Allowed: ["Yes", "No"], Width: 8),
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var references = await batch.Db.FoiRequests.IgnoreQueryFilters().AsNoTracking()
            .Select(r => new { r.Id, r.Reference }).ToDictionaryAsync(r => r.Id, r => r.Reference, cancellationToken);
        var existing = await ExistingRecords<FoiQuestion>.LoadAsync(batch.Db.FoiQuestions,
            q => new { q.Id, q.RequestId, q.Number, q.RetiredAt, q.DoNotConfirmOrDeny },
            q => new StoredKey(q.Id, Key(references.GetValueOrDefault(q.RequestId) ?? string.Empty, q.Number), q.RetiredAt != null, q.DoNotConfirmOrDeny),
            rows.Select(r => r[RequestColumn] is { } request && r[NumberColumn] is { } number ? Key(request, number) : null), cancellationToken);
        var requests = await RecordNames<FoiRequest>.LoadAsync(batch.Db.FoiRequests,
            r => new NamedRecord(r.Id, r.Reference, r.RetiredAt != null), "request", "FOI requests", cancellationToken);
        var exempted = (await batch.Db.FoiExemptions.IgnoreQueryFilters().Where(e => e.RetiredAt == null).Select(e => e.QuestionId)
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();
        // New questions go after the request's last one, in the order of the file.
        var positions = await batch.Db.FoiQuestions.IgnoreQueryFilters().GroupBy(q => q.RequestId)
            .Select(g => new { g.Key, Last = g.Max(q => q.Position) }).ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var requestId = requests.Find(cells, RequestColumn, null, out _);
            if (cells.Text(RequestColumn) is null)
            {
                cells.Reject(RequestColumn, "Enter the request's reference");
            }
            var number = cells.Required(NumberColumn, "Enter the question's number, for example 3 or 1a")?.ToLowerInvariant();
            if (number is not null && !NumberPattern().IsMatch(number))
            {
                cells.Reject(NumberColumn, "The number must be digits, with a letter for a sub-question, for example 3 or 1a");
            }
            var text = cells.Required(TextColumn, "Enter the question");
            if (text?.Length > FoiQuestion.TextLength)
            {
                cells.Reject(TextColumn, "The question must be 4,000 characters or fewer");
            }
            var catalogueKey = cells.Text(CatalogueColumn);
            var catalogued = catalogueKey is null ? null : FoiCatalogue.Find(catalogueKey);
            if (catalogueKey is not null && catalogued is null)
            {
                cells.Reject(CatalogueColumn, $"Answered from the register by must be the key of a standard question, like {FoiCatalogue.All[0].Key}");
            }
            var answer = cells.Text(AnswerColumn);
            if (answer?.Length > FoiQuestion.AnswerLength)
            {
                cells.Reject(AnswerColumn, "The answer must be 20,000 characters or fewer");
            }
            var final = cells.YesNo(FinalColumn) ?? false;
            if (!cells.IsValid || requestId is not { } id || number is null || text is null)
            {
                continue;
            }
            var reference = batch.Find<FoiRequest>(cells.Text(RequestColumn)!)?.Reference ?? references.GetValueOrDefault(id) ?? cells.Text(RequestColumn)!;
            var key = Key(reference, number);
            if (!existing.TryMatch(cells, NumberColumn, key, "request and number", RowDescribes, out var question))
            {
                continue;
            }
            // As on the question's page: a final answer needs words or an exemption.
            if (final && answer is null && (question is null || !exempted.Contains(question.Id)))
            {
                cells.Reject(AnswerColumn, "Enter the answer before marking it final, or apply an exemption");
                continue;
            }
            var draft = Staging.Draft(batch, question);
            if (question is null)
            {
                draft.RequestId = id;
                draft.Number = number;
                draft.Position = positions[id] = positions.GetValueOrDefault(id) + 1;
            }
            draft.Text = text;
            draft.CatalogueKey = catalogued?.Key;
            draft.Answer = answer;
            draft.IsFinal = final;
            Staging.Stage(this, batch, key, question, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var references = await db.FoiRequests.AsNoTracking().Where(r => r.RetiredAt == null)
            .Select(r => new { r.Id, r.Reference }).ToDictionaryAsync(r => r.Id, r => r.Reference, cancellationToken);
        var questions = await db.FoiQuestions.AsNoTracking().Where(q => q.RetiredAt == null).ToListAsync(cancellationToken);
        foreach (var q in questions.Where(q => references.ContainsKey(q.RequestId))
            .OrderBy(q => references[q.RequestId], StringComparer.Ordinal).ThenBy(q => q.Position))
        {
            yield return [references[q.RequestId], q.Number, q.Text, q.CatalogueKey, q.Answer, ImportCells.YesNo(q.IsFinal)];
        }
    }

    private static string Key(string request, string number) => request.Trim() + "\u001f" + number.Trim().ToLowerInvariant();
}
