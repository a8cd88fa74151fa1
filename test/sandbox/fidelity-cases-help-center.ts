// Fidelity cases for help centers, collections and articles: each endpoint's success and
// documented errors.
import type { FidelityCase } from './fidelity-case.js';

export const helpCenterCases: FidelityCase[] = [
  // Help centers and collections
  { name: 'list help centers', method: 'GET', path: '/help_center/help_centers', status: 200 },
  {
    name: 'list help centers past the last page',
    method: 'GET',
    path: '/help_center/help_centers?page=2',
    status: 200,
  },
  {
    name: 'list help centers without token',
    method: 'GET',
    path: '/help_center/help_centers',
    status: 401,
    anonymous: true,
  },
  {
    name: 'list collections',
    method: 'GET',
    path: '/help_center/collections?per_page=1&page=2',
    status: 200,
  },
  {
    name: 'list collections without token',
    method: 'GET',
    path: '/help_center/collections',
    status: 401,
    anonymous: true,
  },
  {
    name: 'create collection',
    method: 'POST',
    path: '/help_center/collections',
    body: { name: 'New', description: 'd', parent_id: '21', help_center_id: 1 },
    status: 200,
  },
  {
    name: 'create collection without name',
    method: 'POST',
    path: '/help_center/collections',
    body: { description: 'x' },
    status: 400,
  },
  { name: 'retrieve collection', method: 'GET', path: '/help_center/collections/22', status: 200 },
  {
    name: 'retrieve unknown collection',
    method: 'GET',
    path: '/help_center/collections/999',
    status: 404,
  },
  {
    name: 'update collection',
    method: 'PUT',
    path: '/help_center/collections/22',
    body: { name: 'N', parent_id: null },
    status: 200,
  },
  {
    name: 'update unknown collection',
    method: 'PUT',
    path: '/help_center/collections/999',
    body: { name: 'N' },
    status: 404,
  },
  { name: 'delete collection', method: 'DELETE', path: '/help_center/collections/21', status: 200 },
  {
    name: 'delete unknown collection',
    method: 'DELETE',
    path: '/help_center/collections/999',
    status: 404,
  },
  // Articles
  { name: 'list articles', method: 'GET', path: '/articles', status: 200 },
  {
    name: 'list articles without token',
    method: 'GET',
    path: '/articles',
    status: 401,
    anonymous: true,
  },
  {
    name: 'create article',
    method: 'POST',
    path: '/articles',
    body: {
      title: 'T',
      author_id: 1,
      state: 'published',
      parent_id: 21,
      parent_type: 'collection',
      body: '<h3>x</h3><img src="https://a.example/i.png">',
    },
    status: 200,
  },
  {
    name: 'create article without author',
    method: 'POST',
    path: '/articles',
    body: { title: 'T' },
    status: 400,
  },
  { name: 'retrieve article', method: 'GET', path: '/articles/31', status: 200 },
  { name: 'retrieve unknown article', method: 'GET', path: '/articles/999', status: 404 },
  {
    name: 'update article',
    method: 'PUT',
    path: '/articles/31',
    body: { title: 'U', parent_id: '21', parent_type: 'collection' },
    status: 200,
  },
  {
    name: 'update unknown article',
    method: 'PUT',
    path: '/articles/999',
    body: { title: 'U' },
    status: 404,
  },
  { name: 'delete article', method: 'DELETE', path: '/articles/31', status: 200 },
  { name: 'delete unknown article', method: 'DELETE', path: '/articles/999', status: 404 },
];
