// Writes the workbooks in samples/ from the figures of the five seed
// documents (Cambridgeshire County Council committee papers, 2016-2018),
// laid out as the papers lay them out. The seeds' own stated totals are
// written as stated, errors included: they are data to check.
//
//   make_samples OUT_DIR
#include <xlsxwriter.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// A figure as the seed prints it: a number, or nil ("-") when absent.
struct Fig {
  bool nil;
  double v;
};
constexpr Fig N{true, 0};
Fig F(double v) { return {false, v}; }

struct Profile {
  std::string title1, title2; // the title as split over the two rows
  std::vector<Fig> inv;       // 2016-17 .. 2021-22
  Fig inv_total;
  std::vector<Fig> sav;
  Fig sav_total;
  std::string narrative;
  bool blank_first_saving = false; // the seed leaves 2016-17 saving blank, not "-"
};

const char *kYears[] = {"2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"};

std::vector<Profile> baseline() {
  return {
      {"Recouping under-used direct payment",
       "budget allocations (increased monitoring) (C/R.5.306)",
       {N, F(87), F(87), N, N, N},
       F(174),
       {N, F(-395), F(-395), F(-395), F(-395), F(-395)},
       F(-1975),
       "Amounts that are allocated in direct payments but which are not then spent by clients are subject to "
       "\"clawback\"."},
      {"Using Assistive Technology to help people with Learning Disabilities live",
       "and be safe more independently",
       {N, F(186), N, N, N, N},
       F(186),
       {N, F(-214), F(-214), F(-214), F(-214), F(-214)},
       F(-1070),
       "This investment provides funds to work with specialist assistive technology practitioners."},
      {"Dedicated Reassessment Team -",
       "Learning Disabilities (C/R.5.307)",
       {N, F(750), N, N, N, N},
       F(750),
       {N, F(-2381), F(-4306), F(-4306), F(-4306), F(-4306)},
       F(-19605),
       "This investment has provided capacity for a dedicated reassessment and brokerage team."},
      {"Neighbourhood Cares Transformation Pilot- A New Approach to Social Work",
       "in Communities (C/R.5.304)",
       {N, F(656), F(656), N, N, N},
       F(1312),
       {N, N, N, N, N, N},
       N,
       "\"Neighbourhood Cares\" will pilot a radically different model of care for older people in two communities."},
      {"Specialist Support for Adults with Autism to increase their independence",
       "(C/R.5.301)",
       {N, F(50), N, N, N, N},
       F(50),
       {N, F(-72), F(-72), F(-72), F(-72), F(-72)},
       F(-360),
       "This investment provides funding for two fixed term support workers."},
      {"Supporting people with physical",
       "disabilities & people with autism to live more independently (C/R.5.308)",
       {N, F(128), N, N, N, N},
       F(128),
       {N, F(-791), F(-1231), F(-1736), F(-2191), F(-2191)},
       F(-8140),
       "This investment provides additional social work and administration capacity within the Physical Disabilities "
       "team."},
      {"Total Transport (C/R.5.102)",
       "",
       {N, F(132), F(76), F(38), N, N},
       F(246),
       {N, F(-840), F(-1275), F(-1275), F(-1275), F(-1275)},
       F(-5940),
       "It is intended that savings achieved will be monitored via the existing commitment record."},
      {"Using assistive technology to support",
       "older people to remain independent in their own homes (C/R.5.303)",
       {F(84), F(126), F(50), N, N, N},
       F(260),
       {N, F(-358), F(-597), F(-597), F(-597), F(-597)},
       F(-2746),
       "The potential savings deliverable from this scheme were modelled as follows."},
      {"Enhanced Occupational Therapy",
       "Support to reduce the need for double-handed care (C/R.5.305)",
       {N, F(90), F(90), N, N, N},
       F(180),
       {N, F(-252), F(-252), F(-252), F(-252), F(-252)},
       F(-1260),
       "The Double Up team at the council already has a recording spreadsheet which monitors all of the cases."},
      {"Increase in client contributions from improving frequency of re-assessment",
       "\xe2\x80\x93 older people & elderly mental health (C/R.5.312)",
       {N, F(46), N, N, N, N},
       F(46),
       {N, F(-381), F(-381), F(-381), F(-381), F(-381)},
       F(-1905),
       "",
       true},
      {"Enhanced Response Service - Falls",
       "and Telecare (C/R.5.313)",
       {N, F(417), N, N, N, N},
       F(417),
       {N, N, F(-390), F(-390), F(-390), F(-390)},
       F(-1560),
       "Savings to CCC are based on cost avoidance resulting from fewer hospital admissions."},
      {"Adult social care services investment to develop a transformation programme for all adult social care client "
       "groups (C/R.5.319)",
       "",
       {N, F(500), N, N, N, N},
       F(500),
       {N, N, N, N, N, N},
       N,
       "Initial funding of \xc2\xa3"
       "500k has been approved to fund external support."},
      {"Adults service delivery \xe2\x80\x93 sustaining budgetary performance in the",
       "older people budget (C/R.5.320)",
       {N, F(600), N, N, N, N},
       F(600),
       {N, F(-1861), F(-1861), F(-1861), F(-1861), F(-1861)},
       F(-9305),
       "This investment provides funds for a number of initiatives."},
      {"Enhanced Intervention Service for",
       "Children with Disabilities (C/R.5.401)",
       {N, F(120), F(120), N, N, N},
       F(240),
       {N, F(-174), F(-696), F(-696), F(-696), F(-696)},
       F(-2958),
       "Progress update: three staff have been appointed."},
      {"Systemic family meetings to be offered at an earlier stage to increase the number of children being diverted "
       "from LAC placements (C/R.5.402)",
       "",
       {N, F(148), F(148), N, N, N},
       F(296),
       {N, F(-461), F(-611), F(-611), F(-611), F(-611)},
       F(-2905),
       "Progress update: initial groundwork within the existing clinical team is already underway."},
      {"Investment in Children's Social Care",
       "Support for young people with complex needs (C/R.5.404)",
       {N, F(497), F(393), N, N, N},
       F(890),
       {N, F(-559), F(-1089), F(-1478), F(-1508), F(-1508)},
       F(-6142),
       "The transformation bid comprised four areas of savings."},
      {"Move to full cost recovery for non- statutory highway works (B/R.5.202)",
       "",
       {N, F(50), N, N, N, N},
       F(50),
       {N, F(-100), F(-200), F(-200), F(-200), F(-200)},
       F(-900),
       "Time recording system \xe2\x80\x93 system to be installed so staff time can be allocated against schemes.",
       true},
      {"Street lighting synergies (B/R.6.214)",
       "",
       {F(633), N, N, N, N, N},
       F(633),
       {N, F(-129), F(-264), F(-398), F(-525), F(-652)},
       F(-1941),
       "Total investment paid March 2017."},
      {"Telecommunications hosting policy",
       "(F/R.7.109)",
       {F(18), N, N, N, N, N},
       F(18),
       {N, F(-40), F(-40), F(-40), F(-40), F(-40)},
       F(-200),
       "Policy review went to Assets & Investment Committee 31/03/17 who approved relaxation of current policy."},
      {"Commercial approach to contract",
       "management (C/R.5.001)",
       {N, F(400), N, N, N, N},
       F(400),
       {N, F(-500), F(-2000), F(-2000), F(-2000), F(-2000)},
       F(-8500),
       "Underspends will be achieved on contractual spend."},
      {"Link workers within Adult Mental",
       "Health Services (C/R.5.403)",
       {N, F(63), F(84), F(21), N, N},
       F(168),
       {N, N, F(-480), F(-480), F(-480), F(-480)},
       F(-1920),
       "Recruitment to the Adult Mental Health Think Family Developers was delayed."},
  };
}

struct Formats {
  lxw_format *bold;
  lxw_format *num;
  lxw_format *right;
  lxw_format *wrap;
};

Formats formats(lxw_workbook *wb) {
  Formats f;
  f.bold = workbook_add_format(wb);
  format_set_bold(f.bold);
  f.num = workbook_add_format(wb);
  format_set_num_format(f.num, "#,##0");
  f.right = workbook_add_format(wb);
  format_set_align(f.right, LXW_ALIGN_RIGHT);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  return f;
}

void put(lxw_worksheet *ws, int r, int c, Fig f, const Formats &fm) {
  if (f.nil)
    worksheet_write_string(ws, r, c, "-", fm.right);
  else
    worksheet_write_number(ws, r, c, f.v, fm.num);
}

void write_baseline(const std::string &dir) {
  lxw_workbook *wb = workbook_new((dir + "/baseline-2017-06-transformation-fund.xlsx").c_str());
  lxw_doc_properties props{};
  props.title = const_cast<char *>("Baseline report for Transformation Fund investments: June 2017");
  props.created = 1496275200; // 2017-06-01
  workbook_set_properties(wb, &props);
  Formats fm = formats(wb);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Baseline");
  worksheet_set_column(ws, 0, 0, 60, nullptr);
  worksheet_set_column(ws, 1, 1, 11, nullptr);
  worksheet_write_string(ws, 0, 0, "BASELINE REPORT FOR TRANSFORMATION FUND INVESTMENTS: June 2017", fm.bold);
  worksheet_write_string(ws, 1, 0, "**Figures are absolute", nullptr);
  int r = 3;
  for (const Profile &p : baseline()) {
    worksheet_write_string(ws, r, 0, "TITLE", fm.bold);
    for (int k = 0; k < 6; ++k) worksheet_write_string(ws, r, 2 + k, kYears[k], fm.bold);
    worksheet_write_string(ws, r, 8, "TOTAL", fm.bold);
    ++r;
    for (int k = 0; k < 7; ++k)
      worksheet_write_string(ws, r, 2 + k,
                             "\xc2\xa3"
                             "000",
                             fm.right);
    ++r;
    worksheet_write_string(ws, r, 0, p.title1.c_str(), nullptr);
    worksheet_write_string(ws, r, 1, "Investment", nullptr);
    for (int k = 0; k < 6; ++k) put(ws, r, 2 + k, p.inv[std::size_t(k)], fm);
    put(ws, r, 8, p.inv_total, fm);
    ++r;
    if (!p.title2.empty()) worksheet_write_string(ws, r, 0, p.title2.c_str(), nullptr);
    worksheet_write_string(ws, r, 1, "Saving", nullptr);
    for (int k = 0; k < 6; ++k) {
      if (k == 0 && p.blank_first_saving) continue;
      put(ws, r, 2 + k, p.sav[std::size_t(k)], fm);
    }
    put(ws, r, 8, p.sav_total, fm);
    ++r;
    if (!p.narrative.empty()) {
      ++r;
      worksheet_write_string(ws, r, 0, p.narrative.c_str(), nullptr);
      ++r;
    }
    ++r;
  }
  workbook_close(wb);
}

struct Line {
  const char *label;
  std::vector<Fig> v;
};

void summary_table(lxw_worksheet *ws, int &r, const char *heading, const std::vector<Line> &lines, const Formats &fm) {
  worksheet_write_string(ws, r++, 0, heading, fm.bold);
  ++r;
  for (int k = 0; k < 6; ++k)
    worksheet_write_string(ws, r, 1 + k,
                           (std::string(kYears[k]) + " \xc2\xa3"
                                                     "000")
                               .c_str(),
                           fm.bold);
  ++r;
  for (const Line &l : lines) {
    worksheet_write_string(ws, r, 0, l.label, nullptr);
    for (int k = 0; k < 6; ++k) put(ws, r, 1 + k, l.v[std::size_t(k)], fm);
    ++r;
  }
  r += 2;
}

void write_gpc(const std::string &dir, const char *file, const char *meeting, const std::vector<Line> &inv,
               const std::vector<Line> &sav, bool street_lighting) {
  lxw_workbook *wb = workbook_new((dir + "/" + file).c_str());
  lxw_doc_properties props{};
  props.title = const_cast<char *>("Transformation Fund bids");
  props.created = 1477353600;
  workbook_set_properties(wb, &props);
  Formats fm = formats(wb);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Transformation Fund bids");
  worksheet_set_column(ws, 0, 0, 40, nullptr);
  worksheet_set_column(ws, 1, 6, 13, nullptr);
  int r = 0;
  worksheet_write_string(ws, r++, 0, "TRANSFORMATION FUND BIDS", fm.bold);
  worksheet_write_string(ws, r++, 0, meeting, nullptr);
  worksheet_write_string(
      ws, r++, 0,
      "Please note, that the figures are in absolute terms as opposed to the previous presentation that was "
      "aligned to the approach that is adopted for the Business Plan i.e. marginal movements between years.",
      nullptr);
  ++r;
  summary_table(ws, r, "Investment request:", inv, fm);
  summary_table(ws, r, "Savings:", sav, fm);
  if (street_lighting) {
    lxw_worksheet *sl = workbook_add_worksheet(wb, "Street lighting");
    worksheet_set_column(sl, 0, 3, 20, nullptr);
    worksheet_write_string(sl, 0, 0, "STREET LIGHTING - SYNERGIES BID: CCC yearly savings", fm.bold);
    const char *head[] = {"Project", "Savings", "Operational Savings", "Total"};
    for (int c = 0; c < 4; ++c) worksheet_write_string(sl, 2, c, head[c], fm.bold);
    const char *rows[][3] = {
        {"95,133", "49,182", "144,315"},        {"128,532", "108,216", "236,748"}, {"135,401", "89,448", "224,849"},
        {"133,980", "80,466", "214,446"},       {"126,797", "66,714", "193,511"},  {"126,939", "64,074", "191,013"},
        {"123,877", "63,336", "187,213"},       {"108,132", "89,880", "198,012"},  {"115,830", "86,724", "202,554"},
        {"122,776", "74,436", "197,212"},       {"123,801", "68,046", "191,847"},  {"123,741", "69,648", "193,389"},
        {"123,504", "70,578", "194,082"},       {"112,413", "108,828", "221,241"}, {"118,045", "105,180", "223,225"},
        {"122,829", "102,096", "224,925"},      {"133,702", "87,024", "220,726"},  {"145,924", "85,878", "231,802"},
        {"147,126", "87,930", "235,056"},       {"102,956", "85,392", "188,348"},  {"0", "24,886", "24,886"},
        {"2,471,438", "1,667,962", "4,139,400"}};
    for (int i = 0; i < 22; ++i) {
      if (i < 21) worksheet_write_string(sl, 3 + i, 0, ("Year " + std::to_string(i)).c_str(), nullptr);
      for (int c = 0; c < 3; ++c)
        worksheet_write_string(sl, 3 + i, 1 + c, ("\xc2\xa3" + std::string(rows[i][c])).c_str(), fm.right);
    }
  }
  workbook_close(wb);
}

struct Monitored {
  const char *title;
  double spent, saved, projected;
  const char *commentary;
  const char *rag;
  double invest, saving;
};

void write_monitoring(const std::string &dir) {
  lxw_workbook *wb = workbook_new((dir + "/gpc-2018-03-monitoring-q3-2017-18.xlsx").c_str());
  lxw_doc_properties props{};
  props.title = const_cast<char *>("Transformation Fund monitoring report quarter 3 2017/18");
  props.created = 1522108800;
  workbook_set_properties(wb, &props);
  Formats fm = formats(wb);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Q3 2017-18");
  worksheet_set_column(ws, 0, 0, 50, nullptr);
  worksheet_set_column(ws, 1, 4, 16, nullptr);
  worksheet_set_column(ws, 5, 5, 60, nullptr);
  int r = 0;
  worksheet_write_string(ws, r++, 0, "TRANSFORMATION FUND MONITORING REPORT QUARTER 3 2017/18", fm.bold);
  ++r;
  worksheet_write_string(ws, r++, 0, "Figure 1: Transformation Programme Overview", fm.bold);
  const char *head[] = {"RAG Rating",
                        "No of Schemes",
                        "Investment to Q3 (\xc2\xa3"
                        "000)",
                        "Savings / Income to Q3 (\xc2\xa3"
                        "000)",
                        "Total Investment Committed (\xc2\xa3"
                        "000)",
                        "Total Projected Saving/income over lifetime of scheme (\xc2\xa3"
                        "000)"};
  for (int c = 0; c < 6; ++c) worksheet_write_string(ws, r, c, head[c], fm.wrap);
  ++r;
  struct Ov {
    const char *label;
    double v[5];
  } ov[] = {{"Green \xe2\x80\x93 On Track", {12, 898, -2356, 3308, -3250}},
            {"Amber \xe2\x80\x93 Delayed or some risk of under-delivery", {2, 619, -2160, 840, -2592}},
            {"Red \xe2\x80\x93 Not projected to deliver as originally planned", {4, 511, -416, 1220, -512}},
            {"Total", {18, 2028, -4932, 5368, -6354}}};
  for (auto &o : ov) {
    worksheet_write_string(ws, r, 0, o.label, nullptr);
    for (int c = 0; c < 5; ++c) worksheet_write_number(ws, r, 1 + c, o.v[c], fm.num);
    ++r;
  }
  r += 2;
  worksheet_write_string(ws, r++, 0, "3. EXCEPTIONS", fm.bold);
  ++r;
  const Monitored ms[] = {
      {"Commercial Approach to Contract Management (c/r5.001)", 267, -0.0, -2000,
       "This investment supports additional external support in order to identify contract management savings. These "
       "will be "
       "reflected in underspends on contractual spend and in future business planning savings associated with "
       "externally "
       "commissioned services.",
       "Red", 400, -2000},
      {"Specialist Support for Adults with Autism to increase their independence (A/R 6.113)", 35, -19, -26,
       "This scheme has been partially successful but will deliver a smaller financial benefit (\xc2\xa3"
       "26k) than originally "
       "estimated (\xc2\xa3"
       "72k) Mitigation work involves expanding the activity to other Vulnerable Adults; monitoring the "
       "saving against avoided costs and the demographic expectation.",
       "Red", 50, -72},
      {"Using Assistive Technology to help people with Learning Disabilities live and be safe more independently "
       "without the "
       "need for 24 hr or overnight care (A/R 6.116)",
       94, -95, -135,
       "As part of the Learning Disability savings programme we have invested in additional specialist assistive "
       "technology "
       "capacity. The work to review the use of technology across LD cases is ongoing.",
       "Amber", 186, -214},
      {"Enhanced Occupational Therapy Support to reduce the need for double-handed care (A/R.6.165)", 41, -202, -211,
       "Project is in progress and delivering savings. Progress with the Care Home element of the project has been "
       "slower than "
       "anticipated. Amber status reflecting potential need to re-phase savings.",
       "Amber", 90, -252},
      {"Sustaining Budgetary performance in older people's services (c/r 5.320)", 351, -793, -973,
       "Return on investment is linked to the reallocation of some of the achieved underspend in Older People's and "
       "Mental "
       "Health Services in 2016/17. The amber status and lower saving projection reflects the remaining pressure on "
       "this "
       "overall budget.",
       "Amber", 600, -1861},
      {"Children's Social Care Support for young people with complex needs (C/R.5.404)", 115, -302, -1508,
       "The model is now live from 1/10/17 delivering outreach support, residential beds in the children's home at "
       "Wisbech "
       "and joint working with the police.",
       "Amber", 497, -1508},
      {"Dedicated Reassessment Team - Learning Disabilities (A/R 6.114)", 589, -1722, -1994,
       "A dedicated Project Assessment Team (PAT) has been established and a full programme of care package reviews "
       "and "
       "provider negotiations is underway. There has been some delay in delivering the estimated saving.",
       "Amber", 750, -2381},
  };
  const char *mh[] = {"Scheme Description and Total Investment & Saving",
                      "",
                      "Fund Expenditure to date at Q3 2017/18 (\xc2\xa3"
                      "000)",
                      "Savings to date at Q3 2017/18 (\xc2\xa3,000)",
                      "Total projected Saving from investment",
                      "Progress & Commentary",
                      "RAG Rating"};
  for (const Monitored &m : ms) {
    for (int c = 0; c < 7; ++c) {
      if (*mh[c]) worksheet_write_string(ws, r, c, mh[c], fm.wrap);
    }
    ++r;
    worksheet_write_string(ws, r, 0, m.title, fm.wrap);
    worksheet_write_number(ws, r, 2, m.spent, fm.num);
    worksheet_write_number(ws, r, 3, m.saved, fm.num);
    worksheet_write_number(ws, r, 4, m.projected, fm.num);
    worksheet_write_string(ws, r, 5, m.commentary, fm.wrap);
    worksheet_write_string(ws, r, 6, m.rag, nullptr);
    ++r;
    worksheet_write_string(ws, r, 0,
                           "Invest \xc2\xa3"
                           "000",
                           nullptr);
    worksheet_write_string(ws, r, 1,
                           "Saving \xc2\xa3"
                           "000",
                           nullptr);
    ++r;
    worksheet_write_number(ws, r, 0, m.invest, fm.num);
    worksheet_write_number(ws, r, 1, m.saving, fm.num);
    r += 2;
  }
  workbook_close(wb);
}

struct Case {
  const char *title;
  const char *title2; // a second title cell, as the seed has for some
  const char *saving;
  const char *ref;
  const char *officer;
};

void write_business_cases(const std::string &dir) {
  lxw_workbook *wb = workbook_new((dir + "/business-cases-2018-19-childrens.xlsx").c_str());
  lxw_doc_properties props{};
  props.title = const_cast<char *>("Business cases 2018-19: Children's services");
  props.created = 1514764800;
  workbook_set_properties(wb, &props);
  Formats fm = formats(wb);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Business cases");
  worksheet_set_column(ws, 0, 0, 36, nullptr);
  worksheet_set_column(ws, 1, 1, 60, nullptr);
  worksheet_set_column(ws, 2, 3, 28, nullptr);
  const Case cases[] = {
      {"Children's Change (Later Phases) A/R.6.204", "",
       "\xc2\xa3"
       "594K",
       "A/R.6.204", "Lou Williams"},
      {"Staffing reductions in Commissioning A/R.6.201", "",
       "\xc2\xa3"
       "94K",
       "A/R.6.201", "Oliver Hayward"},
      {"A/R.6.224 Children's Centres - Building a new service delivery model for Cambridgeshire Communities", "",
       "\xc2\xa3"
       "900K",
       "A/R.6.224", "Lou Williams"},
      {"BP - Learning: Strategic review of the LA's ongoing statutory role in learning. How services are provided to "
       "schools and how this is charged - A/R.6.227",
       "",
       "\xc2\xa3"
       "324K",
       "A/R.6.227", "Keith Grimwade"},
      {"A/R.6.210 Home to School 1", "A/R.6.210 Home to School Transport (Special) \xe2\x80\x93 Route Retendering",
       "\xc2\xa3"
       "324K",
       "A/R.6.210", "Keith Grimwade / Hazel Belchamber"},
      {"A/R.6.244 Home to School Transport (Mainstream)", "",
       "\xc2\xa3"
       "342K",
       "A/R.6.244", "Keith Grimwade / Hazel Belchamber"},
      {"A/R.6.248- Review the commissioning of the local assistance scheme and resource requirement", "",
       "\xc2\xa3"
       "21K",
       "A/R.6.248", "Adrian Chapman"},
      {"A/R.6.250 Grants to Voluntary Organisations", "",
       "\xc2\xa3"
       "168K",
       "A/R.6.250", "Oliver Hayward"},
      {"Looked After Children Savings (A/R.6.253)", "",
       "\xc2\xa3"
       "1,500K",
       "A/R.6.253", "Lou Williams, Service Director - Children's Services"},
      {"A/R. 6.214 \xe2\x80\x93 Home to School Transport (Special) \xe2\x80\x93 Moving Towards Personal Budgets", "",
       "\xc2\xa3"
       "100K",
       "A/R.6.214", "Keith Grimwade / Hazel Belchamber"},
      {"Automation - Learning & Children's Guidance, and implementation of Mosaic (A/R.6.251", "",
       "\xc2\xa3"
       "100k",
       "A/R.6.251", "Amanda Askham"},
      {"Delivering Greater Impact for Troubled Families (A/R.6.256)", "",
       "\xc2\xa3"
       "150K",
       "A/R.6.256", "Alison Smith"},
      {"A/R.6.254 - Looked After Children Transport", "",
       "\xc2\xa3"
       "100k",
       "A/R.6.254", "Hazel Belchamber/Keith Grimwade"},
  };
  int r = 0;
  worksheet_write_string(ws, r++, 0, "Business cases 2018-19: Children's services", fm.bold);
  ++r;
  for (const Case &c : cases) {
    worksheet_write_string(ws, r++, 0, "Project Overview", fm.bold);
    worksheet_write_string(ws, r, 0, "Project Title", fm.bold);
    worksheet_write_string(ws, r, 1, c.title, fm.wrap);
    if (*c.title2) worksheet_write_string(ws, r, 2, c.title2, fm.wrap);
    ++r;
    worksheet_write_string(ws, r, 0, "Saving", fm.bold);
    worksheet_write_string(ws, r, 1, c.saving, nullptr);
    worksheet_write_string(ws, r, 2, "Business Planning Reference", fm.bold);
    worksheet_write_string(ws, r, 3, c.ref, nullptr);
    ++r;
    worksheet_write_string(ws, r, 0, "Senior Responsible Officer", fm.bold);
    worksheet_write_string(ws, r, 1, c.officer, nullptr);
    r += 2;
  }
  workbook_close(wb);
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_samples OUT_DIR\n");
    return 2;
  }
  std::string dir = argv[1];
  write_baseline(dir);
  write_gpc(dir, "gpc-2016-10-transformation-fund-bids.xlsx", "General Purposes Committee, 25th October 2016",
            {{"Commissioning", {F(73), F(352), F(294), N, N, N}},
             {"Contracts, procurement and commercial", {N, F(400), N, N, N, N}},
             {"Total", {F(73), F(752), F(291), N, N, N}},
             {"Cumulative total", {F(73), F(825), F(1119), F(1119), F(1119), F(1119)}}},
            {{"Commissioning", {N, F(-635), F(-1787), F(-1787), F(-1787), F(-1787)}},
             {"Contracts, procurement and commercial", {N, F(-2000), F(-2000), F(-2000), F(-2000), F(-2000)}},
             {"Total", {N, F(-2635), F(-3787), F(-3787), F(-3787), F(-3787)}},
             {"Cumulative total", {N, F(-2635), F(-6422), F(-10209), F(-13996), F(-17783)}}},
            false);
  write_gpc(dir, "gpc-2016-12-transformation-fund-bids.xlsx", "General Purposes Committee, December 2016",
            {{"Adults Services", {N, F(982), F(746), N, N, N}},
             {"Commissioning", {N, F(1060), F(76), F(38), N, N}},
             {"Environment, transport & economy", {F(800), N, N, N, N, N}},
             {"Finance & budget review", {N, F(133), F(87), N, N, N}},
             {"Total", {F(800), F(2175), F(909), F(38), N, N}},
             {"Cumulative total", {F(800), F(2975), F(3884), F(3922), F(3922), F(3922)}}},
            {{"Adults Services", {N, F(-538), F(-538), F(-538), F(-538), F(-538)}},
             {"Commissioning", {N, F(-4112), F(-7012), F(-7517), F(-7972), F(-7972)}},
             {"Environment, transport & economy", {N, F(-129), F(-264), F(-398), F(-525), F(-652)}},
             {"Finance & budget review", {N, F(-776), F(-776), F(-776), F(-776), F(-776)}},
             {"Total", {N, F(-5555), F(-8590), F(-9229), F(-9811), F(-9938)}},
             {"Cumulative total", {N, F(-5555), F(-14145), F(-23374), F(-33185), F(-43123)}}},
            true);
  write_monitoring(dir);
  write_business_cases(dir);
  return 0;
}
