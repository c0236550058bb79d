using LfrGovernance.Core.Foi;
using LfrGovernance.Core.People;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>The FOI requests and FOI questions sheets.</summary>
public sealed class FoiSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    private static string?[] Request(string? reference = "FOI-2026-001", string? received = "2026-05-01", string? status = "In progress", string? responded = null,
        string? assignee = null, string? notes = null, string? flag = null) =>
        [reference, "Use of LFR", received, "Journalist", "Freedom of Information Act 2000", status, assignee, null, null, null, null, responded, null, null, null, null, null, notes, null, flag];

    private static string?[] Question(string? request = "FOI-2026-001", string? number = "1", string? text = "How many deployments?", string? key = null,
        string? answer = null, string? final = null) =>
        [request, number, text, key, answer, final];

    [Fact]
    public async Task Requests_and_questions_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var officer = new Person { Name = "Fay Officer" };
        var request = new FoiRequest
        {
            Reference = "FOI-2026-001", Summary = "Use of LFR", ReceivedOn = new DateOnly(2026, 5, 1), RequesterCategory = FoiRequesterCategory.CampaignGroup,
            Legislation = FoiLegislation.Foia, Status = FoiRequestStatus.Responded, AssigneeId = officer.Id, ScopeFrom = new DateOnly(2025, 1, 1), ScopeTo = new DateOnly(2025, 12, 31),
            ScopeKinds = FacialRecognitionKinds.Live | FacialRecognitionKinds.OperatorInitiated, RespondedOn = new DateOnly(2026, 5, 20), Notes = "Answered in full",
        };
        await SheetRunner.SeedAsync(app, officer, request,
            new FoiRequester { RequestId = request.Id, Name = "A. Campaigner", Email = "a@campaign.invalid" },
            new FoiQuestion { RequestId = request.Id, Number = "1", Position = 1, Text = "How many deployments?", CatalogueKey = "q1", Answer = "Four.", IsFinal = true },
            new FoiQuestion { RequestId = request.Id, Number = "1a", Position = 2, Text = "Where?", Answer = "Stratford." });

        var (requests, requestsAfter) = await SheetRunner.RoundTripAsync<FoiRequestsSheet>(app, empty, typeof(PeopleSheet));
        var (questions, questionsAfter) = await SheetRunner.RoundTripAsync<FoiQuestionsSheet>(app, empty);

        Assert.Equal(["FOI-2026-001", "Use of LFR", "2026-05-01", "Campaign group", "Freedom of Information Act 2000", "Responded", "Fay Officer", "2025-01-01", "2025-12-31",
            "Live; Operator-initiated", null, "2026-05-20", null, "No", null, null, null, "Answered in full", "OFFICIAL", "No"], requests[0]);
        Assert.DoesNotContain(requests[0], cell => cell != null && cell.Contains("Campaigner", StringComparison.Ordinal));
        Assert.Equal(requests, requestsAfter);
        Assert.Equal([["FOI-2026-001", "1", "How many deployments?", "q1", "Four.", "Yes"], ["FOI-2026-001", "1a", "Where?", null, "Stratford.", "No"]], questions);
        Assert.Equal(questions, questionsAfter);
        Assert.Equal([1, 2], await empty.QueryAsync(db => db.FoiQuestions.OrderBy(q => q.Number).Select(q => q.Position).ToListAsync()));
        Assert.Equal(0, await empty.QueryAsync(db => db.FoiRequesters.CountAsync()));
    }

    [Theory]
    [InlineData("2026-07-01", "Received", null, "Received")]
    [InlineData(null, "Received", null, "Received")]
    [InlineData("2026-05-01", "Responded", "2026-04-01", "Response sent")]
    [InlineData("2026-05-01", "Answered", null, "Status")]
    public async Task A_request_breaking_a_rule_is_rejected_beside_its_column_and_nothing_is_staged(string? received, string status, string? responded, string column)
    {
        var result = await SheetRunner.StageAsync<FoiRequestsSheet>(app, [Request(received: received, status: status, responded: responded)]);

        Assert.Equal(column, result.SingleProblem.Column);
        Assert.Equal(0, await app.QueryAsync(db => db.FoiRequests.CountAsync()));
    }

    [Theory]
    [InlineData("FOI-9", "1", null, null, null, "Request", "Request must name a request in the register or on the FOI requests sheet: there is none called \u201cFOI-9\u201d")]
    [InlineData("FOI-2026-001", "one", null, null, null, "Number", "The number must be digits, with a letter for a sub-question, for example 3 or 1a")]
    [InlineData("FOI-2026-001", "1", "99z", null, null, "Answered from the register by", "Answered from the register by must be the key of a standard question, like q1")]
    [InlineData("FOI-2026-001", "1", null, null, "Yes", "Answer", "Enter the answer before marking it final, or apply an exemption")]
    public async Task A_question_breaking_a_rule_is_rejected_beside_its_column(string request, string number, string? key, string? answer, string? final, string column, string message)
    {
        await SheetRunner.StageAsync<FoiRequestsSheet>(app, [Request()]);

        var result = await SheetRunner.StageAsync<FoiQuestionsSheet>(app, [Question(request, number, key: key, answer: answer, final: final)]);

        Assert.Equal((column, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.FoiQuestions.CountAsync()));
    }

    [Fact]
    public async Task Questions_of_a_request_from_the_same_file_are_found_and_later_rows_update_only_what_changed()
    {
        var first = await SheetRunner.StageAsync(app,
            [(typeof(FoiRequestsSheet), [Request()]), (typeof(FoiQuestionsSheet), [Question(), Question(number: "2", text: "What did it cost?")])]);
        var requests = await SheetRunner.StageAsync<FoiRequestsSheet>(app, [Request(notes: "Chased")]);
        var questions = await SheetRunner.StageAsync<FoiQuestionsSheet>(app, [Question(request: "foi-2026-001", answer: "Four."), Question(number: "2", text: "What did it cost?")]);

        Assert.Equal(2, first.Created);
        Assert.Equal((0, 1, 0), (requests.Created, requests.Updated, requests.Unchanged));
        Assert.Equal(["Notes"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "FoiRequest"), h => h.Version == 2)));
        Assert.Equal((0, 1, 1), (questions.Created, questions.Updated, questions.Unchanged));
        Assert.Equal(["Answer"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "FoiQuestion"), h => h.Version == 2)));
    }

    [Fact]
    public async Task Someone_not_cleared_cannot_flag_a_request_nor_reach_a_hidden_one_or_its_questions()
    {
        await SheetRunner.StageAsync(app, [(typeof(FoiRequestsSheet), [Request(flag: "Yes")]), (typeof(FoiQuestionsSheet), [Question()])]);

        var flagging = await SheetRunner.StageAsync<FoiRequestsSheet>(app, [Request(reference: "FOI-2", flag: "Yes")], cleared: false);
        var hidden = await SheetRunner.StageAsync<FoiRequestsSheet>(app, [Request()], cleared: false);
        var question = await SheetRunner.StageAsync<FoiQuestionsSheet>(app, [Question(number: "2")], cleared: false);

        Assert.Equal("Do not confirm or deny", flagging.SingleProblem.Column);
        Assert.Equal(("Reference", "Another request already has this reference"), (hidden.SingleProblem.Column, hidden.SingleProblem.Message));
        Assert.Equal("Request", question.SingleProblem.Column);
        Assert.True(await app.QueryAsync(db => db.FoiQuestions.AllAsync(q => q.DoNotConfirmOrDeny)));
    }
}
