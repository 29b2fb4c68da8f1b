// The peer: the app's self-assessment item bank rendered by SurveyJS (survey-core
// + survey-js-ui, default theme), Danish locale, every value change saved to
// localStorage at once (like the app). The survey JSON comes from
// bench/export-items.mjs through the build (virtual module "peer:survey"):
// 8 answer pages, an action plan page, and SurveyJS's preview of all answers.
import { Model } from 'survey-core';
import 'survey-core/i18n/danish';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.fontless.min.css';
import json from 'peer:survey';

const KEY = 'peer:selvevaluering';
const survey = new Model(json);
try {
  const saved = localStorage.getItem(KEY);
  if (saved) survey.data = JSON.parse(saved);
} catch {
  // unreadable or unavailable storage: start empty
}
const save = () => {
  try {
    localStorage.setItem(KEY, JSON.stringify(survey.data));
  } catch {
    // full or unavailable storage: keep answering in memory
  }
};
survey.onValueChanged.add(save);
survey.onComplete.add(save);
renderSurvey(survey, document.getElementById('survey'));
// For the benchmark's set-up between measurements (e.g. back to the last group): not used by the page itself.
window.__survey = survey;
